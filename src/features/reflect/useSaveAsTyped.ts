// Saves a text as she types, as the conference sheet keeps its draft: a moment after she stops typing
// (`delay`), and at once when she leaves the screen (another tab, Back) or the app goes to the background
// or is closed. No button to forget. Saves go one at a time, in the order typed, so an older text never
// lands over a newer one.
import { useEffect, useRef } from 'preact/hooks';

export interface SaveAsTyped {
  /** Call with every keystroke's text: it is saved `delay` ms after the last one. */
  typed(text: string): void;
  /** Saves what is waiting now; resolves once it is written (or failed: `save` says so). */
  flush(): Promise<void>;
}

export const SAVE_DELAY_MS = 600;

export function useSaveAsTyped(save: (text: string) => Promise<void>, delay = SAVE_DELAY_MS): SaveAsTyped {
  const state = useRef({
    save,
    waiting: null as string | null,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    chain: Promise.resolve(),
  });
  state.current.save = save;

  const flush = (): Promise<void> => {
    const s = state.current;
    clearTimeout(s.timer);
    if (s.waiting === null) return s.chain;
    const text = s.waiting;
    s.waiting = null;
    // A failed save is `save`'s to report; the text is still on screen, and the next keystroke tries again.
    s.chain = s.chain.then(() => s.save(text)).catch(() => undefined);
    return s.chain;
  };

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the screen keeps what she typed.
      void flush();
    };
  }, []);

  return {
    typed(text) {
      const s = state.current;
      s.waiting = text;
      clearTimeout(s.timer);
      s.timer = setTimeout(() => void flush(), delay);
    },
    flush,
  };
}
