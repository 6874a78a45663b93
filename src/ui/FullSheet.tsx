// A full-height sheet over the screen, for a list she picks from (patterns, students): in portrait it
// covers the screen, in landscape it slides over the right side. Always where she can see it, whatever
// she had scrolled to. A native modal dialog: VoiceOver stays inside it, Escape and Close shut it, and
// focus goes back to the button that opened it.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

/** Whether the list runs on below what shows: the sheet then says so, and a tap pages down. */
function useMoreBelow() {
  const body = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState(false);
  const measure = () => {
    const el = body.current;
    if (el) setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 8);
  };
  // After every render (the list changes as she searches) and on a turn of the iPad.
  useEffect(measure);
  useEffect(() => {
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  const pageDown = () => {
    const el = body.current;
    if (el) el.scrollBy({ top: el.clientHeight * 0.8, behavior: 'smooth' });
  };
  return { body, more, measure, pageDown };
}

export function FullSheet(props: {
  title: string;
  onClose: () => void;
  /** Above the scrolling list: a search field, a count. */
  head?: ComponentChildren;
  /** Below the list, always visible: the sheet's own buttons. */
  foot?: ComponentChildren;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const below = useMoreBelow();
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    below.measure();
    // The title, not the search field: focusing a field would raise the iPad keyboard over half the list.
    dialog.querySelector<HTMLElement>('h2')?.focus();
    const closed = () => onClose.current();
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog ref={ref} class="full-sheet" aria-labelledby={titleId}>
      <header class="full-sheet-head">
        <h2 id={titleId} tabIndex={-1}>
          {props.title}
        </h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      {props.head && <div class="full-sheet-top">{props.head}</div>}
      <div class="full-sheet-body" ref={below.body} onScroll={below.measure}>
        {props.children}
      </div>
      {below.more && (
        <button type="button" class="more-below" onClick={below.pageDown}>
          More below ↓
        </button>
      )}
      {props.foot && <footer class="full-sheet-foot">{props.foot}</footer>}
    </dialog>
  );
}
