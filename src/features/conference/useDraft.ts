// Keeps the sheet's draft in IndexedDB as she types (after a short pause, and at once when the app goes
// to the background), so closing the app mid-note loses nothing. `stop()` before saving: a late autosave
// must not bring back the draft that the save just removed.
import { useEffect, useRef } from 'preact/hooks';
import { saveDraft } from '../../data/index.ts';
import { type ConferenceDraft, isBlank } from './conferenceDraft.ts';

const PAUSE_MS = 150;

export function useDraftAutosave(
  key: string,
  draft: ConferenceDraft,
  dirty: boolean,
): { stop(): void; resume(): void } {
  const state = useRef({ draft, dirty, stopped: false, timer: 0 as ReturnType<typeof setTimeout> | 0 });
  state.current.draft = draft;
  state.current.dirty = dirty;

  const flush = () => {
    const s = state.current;
    if (s.timer) clearTimeout(s.timer);
    s.timer = 0;
    if (!s.stopped && s.dirty && !isBlank(s.draft)) void saveDraft(key, s.draft);
  };

  useEffect(() => {
    const s = state.current;
    if (!dirty || s.stopped || isBlank(draft)) return;
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(flush, PAUSE_MS);
  });

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      // Leaving the sheet (back, another tab) keeps what she typed.
      flush();
    };
  }, [key]);

  return {
    stop() {
      const s = state.current;
      s.stopped = true;
      if (s.timer) clearTimeout(s.timer);
      s.timer = 0;
    },
    /** After a failed save: keep protecting what she typed. */
    resume() {
      state.current.stopped = false;
      flush();
    },
  };
}
