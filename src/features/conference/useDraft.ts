// Keeps the sheet's draft in IndexedDB as she types: every change is written at once (one write in
// flight at a time, the next carrying the latest text), so closing the app mid-note loses nothing. Each
// write keeps the sheet's time in use with it; leaving the sheet or the app keeps that time even when
// the text has not changed. Save
// first waits for the latest text to be on disk, then stops the autosave: killed at any instant of the
// save, the note is either saved or back as a draft (the save removes the draft in its own transaction),
// and a late autosave can never bring back a draft the save removed.
import { useEffect, useRef } from 'preact/hooks';
import { saveDraft } from '../../data/index.ts';
import { type ConferenceDraft, isBlank } from './conferenceDraft.ts';

export interface DraftAutosave {
  /** Call with every change she makes: the write starts now, not after the next render. */
  changed(next: ConferenceDraft): void;
  /** Resolves once the latest text is written (or could not be: the storage banner says why). */
  flush(): Promise<void>;
  stop(): void;
  /** After a failed save: keep protecting what she typed. */
  resume(): void;
}

/** How often the sheet's time in use is kept with the draft while she is on it. */
const KEEP_TIME_EVERY_MS = 15_000;

export function useDraftAutosave(
  key: string,
  draft: ConferenceDraft,
  dirty: boolean,
  /** The sheet's time in use so far (timer.ts): kept with every write of the draft. */
  activeMs?: () => number,
): DraftAutosave {
  const state = useRef({
    draft,
    dirty,
    activeMs,
    stopped: false,
    queued: false,
    /** The queued write keeps the time in use even when the text has not changed (leaving, Save). */
    keepTime: false,
    chain: Promise.resolve(),
    /** The draft last on disk, and the time in use written with it: Save does not write them again. */
    written: null as ConferenceDraft | null,
    writtenMs: undefined as number | undefined,
  });
  state.current.draft = draft;
  state.current.dirty = dirty;
  state.current.activeMs = activeMs;

  const write = (keepTime: boolean): Promise<void> => {
    const s = state.current;
    s.keepTime ||= keepTime;
    if (s.queued) return s.chain;
    s.queued = true;
    s.chain = s.chain
      .then(async () => {
        s.queued = false;
        const timeToo = s.keepTime;
        s.keepTime = false;
        if (s.stopped || !s.dirty || isBlank(s.draft)) return;
        const ms = s.activeMs ? Math.round(s.activeMs()) : undefined;
        if (s.draft === s.written && (!timeToo || ms === s.writtenMs)) return;
        const writing = s.draft;
        await saveDraft(key, ms === undefined ? writing : { ...writing, activeMs: ms });
        s.written = writing;
        s.writtenMs = ms;
      })
      // A failed write is on the store's banner already; the text is still on screen.
      .catch(() => undefined);
    return s.chain;
  };
  const flush = () => write(true);

  useEffect(() => {
    if (dirty && !state.current.stopped && !isBlank(draft)) void write(false);
  });

  useEffect(() => {
    // The time in use is kept every little while too, text or not: an app closed by a swipe, or a
    // reload, fires nothing to keep it by, and the timer would come back at her last keystroke.
    const keeping = setInterval(() => {
      if (document.visibilityState === 'visible') void flush();
    }, KEEP_TIME_EVERY_MS);
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      clearInterval(keeping);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      // Leaving the sheet (back, another tab) keeps what she typed.
      void flush();
    };
  }, [key]);

  return {
    changed(next) {
      state.current.draft = next;
      state.current.dirty = true;
      void write(false);
    },
    flush,
    stop() {
      state.current.stopped = true;
    },
    resume() {
      state.current.stopped = false;
      void flush();
    },
  };
}
