// Over the first screen she opens, in a Safari tab on an iPad: her notes could be deleted, and how to
// keep them. Dismissed once, it is gone for good on this device; if she moves on to another screen
// instead, it goes until the next launch. Settings says it always (its SafariTabSection), so here it
// steps aside there rather than show the same button twice.

import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { lateBanner } from '../state/lateBanner.ts';
import { readDeviceFacts } from './deviceFacts.ts';
import { inSafariTab, whereItRuns } from './homeScreen.ts';
import { SafariTabSteps } from './SafariTabSteps.tsx';
import { useSetting } from './useSetting.ts';

export function SafariTabNotice() {
  const [, setDismissed] = useSetting('safariTabNoticeDismissed');
  const { path } = useLocation();
  const firstScreen = useRef(path);
  useEffect(() => {
    if (path !== firstScreen.current) lateBanner.set(null);
  }, [path]);
  const where = whereItRuns(readDeviceFacts());
  if (!inSafariTab(where) || path === '/settings') return null;
  const dismiss = () => {
    lateBanner.set(null);
    // If the setting cannot be written, the notice simply comes back at the next launch.
    void setDismissed(true).catch(() => undefined);
    // VoiceOver carries on from the screen's heading, not from a button that is gone.
    const heading = [...document.querySelectorAll<HTMLElement>('main h1, main h2')].find(
      (h) => !h.closest('[hidden]'),
    );
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  };
  return (
    <section class="banner banner-warn safari-tab" aria-labelledby="safari-tab-notice-title">
      <div>
        <h2 id="safari-tab-notice-title">Your notes are in a Safari tab</h2>
        <SafariTabSteps device={where.device} />
        <p class="muted">Settings says this too, at the top.</p>
      </div>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
