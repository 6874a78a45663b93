// After each navigation inside the app: the document title names the screen, and focus moves to the
// screen's heading, so VoiceOver starts reading the new screen (not the tab that was tapped). Screens load
// lazily, so it waits a moment for the heading to appear. A link to a part of a screen (/settings#sync)
// takes her to that part's heading instead, once it is drawn.
import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';

const APP = 'Conferring Clipboard';

export function ScreenFocus() {
  const { url } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const initial = first.current;
    first.current = false;
    let tries = 0;
    let frame = 0;
    const settle = () => {
      // The screen's own heading: not one of a screen kept mounted, hidden, under another (the week under
      // the sheet).
      const heading = [...document.querySelectorAll<HTMLElement>('main h1')].find(
        (h) => !h.closest('[hidden]'),
      );
      if (!heading && tries++ < 120) {
        frame = requestAnimationFrame(settle);
        return;
      }
      // The part a link names may be drawn a moment after the screen's heading (it reads her data).
      const part = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
      if (location.hash.length > 1 && !part && tries++ < 120) {
        frame = requestAnimationFrame(settle);
        return;
      }
      const name = heading?.textContent?.trim();
      document.title = name ? `${name} · ${APP}` : APP;
      const partHeading = part?.querySelector<HTMLElement>('h2, h3') ?? part;
      if (partHeading) {
        partHeading.tabIndex = -1;
        partHeading.focus({ preventScroll: true });
        part?.scrollIntoView({ block: 'start' });
        return;
      }
      // Back where she was (the box she tapped, under the sheet she closed): focus stays there.
      const returned = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (returned?.dataset.returnedFocus !== undefined) {
        delete returned.dataset.returnedFocus;
        return;
      }
      // On the first load the browser's own focus is right; afterwards the heading takes it.
      if (heading && !initial) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: false });
      }
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [url]);
  return null;
}
