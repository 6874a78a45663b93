// Keeps the sheet's draft in IndexedDB as she types: every change is written at once (one write in
// flight at a time, the next carrying the latest text), so closing the app mid-note loses nothing. Save
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

export function useDraftAutosave(key: string, draft: ConferenceDraft, dirty: boolean): DraftAutosave {
  const state = useRef({
    draft,
    dirty,
    stopped: false,
    queued: false,
    chain: Promise.resolve(),
    /** The draft last on disk: Save does not write it again. */
    written: null as ConferenceDraft | null,
  });
  state.current.draft = draft;
  state.current.dirty = dirty;

  const flush = (): Promise<void> => {
    const s = state.current;
    if (s.queued) return s.chain;
    s.queued = true;
    s.chain = s.chain
      .then(async () => {
        s.queued = false;
        if (s.stopped || !s.dirty || isBlank(s.draft) || s.draft === s.written) return;
        const writing = s.draft;
        await saveDraft(key, writing);
        s.written = writing;
      })
      // A failed write is on the store's banner already; the text is still on screen.
      .catch(() => undefined);
    return s.chain;
  };

  useEffect(() => {
    if (dirty && !state.current.stopped && !isBlank(draft)) void flush();
  });

  useEffect(() => {
    const onHide = () => document.visibilityState === 'hidden' && void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
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
      void flush();
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
