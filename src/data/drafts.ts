// Half-typed notes, kept on this device as the teacher types so that closing the app mid-note loses
// nothing. Local only: a draft never syncs (the saved conference does). Saving a conference removes its
// draft in the same transaction (conferences.ts).
import type { DraftRow } from './records.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

/** The key of the draft of a new note with these students, or of an edit of one conference. */
export function draftKeyFor(target: { conferenceId: string } | { studentIds: readonly string[] }): string {
  return 'conferenceId' in target
    ? `edit:${target.conferenceId}`
    : `new:${[...target.studentIds].sort().join(',')}`;
}

export function saveDraft(key: string, value: unknown, store: Store = appStore()): Promise<void> {
  return read(store, async () => {
    await store.db.drafts.put({ key, value, savedAt: new Date().toISOString() });
  });
}

export function loadDraft(key: string, store: Store = appStore()): Promise<DraftRow | undefined> {
  return read(store, () => store.db.drafts.get(key));
}

export function discardDraft(key: string, store: Store = appStore()): Promise<void> {
  return read(store, () => store.db.drafts.delete(key));
}

/** Keys of every unsaved note (typed, or only recorded), so screens can say "unsaved note" beside a student. */
export function draftKeys(store: Store = appStore()): Promise<string[]> {
  return read(store, async () => {
    const typed = (await store.db.drafts.toCollection().primaryKeys()) as string[];
    const recorded = (await store.db.recordings.orderBy('draftKey').uniqueKeys()) as string[];
    return [...new Set([...typed, ...recorded])];
  });
}
