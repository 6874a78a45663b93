// The names cover: one tap on Hide (or Cmd/Ctrl+Shift+H) covers every screen until she taps Show. Opaque,
// and the app behind it is inert: no tap, no key and no VoiceOver gesture reaches a name. (The lock is
// LockScreen.tsx.)
import { useEffect, useRef } from 'preact/hooks';
import { hideNames } from '../state/privacy.ts';

/** The shortcut that covers the screen from a keyboard case. */
export function isHideShortcut(event: KeyboardEvent): boolean {
  return (event.metaKey || event.ctrlKey) && event.shiftKey && event.key.toLowerCase() === 'h';
}

export function HideButton() {
  return (
    <button
      type="button"
      class="hide-names"
      onClick={() => void hideNames(true)}
      aria-label="Hide names"
      title="Hide names (Cmd or Ctrl + Shift + H)"
    >
      Hide
    </button>
  );
}

export function NamesCover() {
  const show = useRef<HTMLButtonElement>(null);
  useEffect(() => show.current?.focus(), []);
  return (
    <div class="cover" role="dialog" aria-modal="true" aria-labelledby="cover-title">
      <p id="cover-title" class="cover-title">
        Conferring Clipboard
      </p>
      <p class="muted">Names are hidden.</p>
      <button ref={show} type="button" class="primary cover-action" onClick={() => void hideNames(false)}>
        Show
      </button>
    </div>
  );
}
