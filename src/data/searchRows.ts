// What Search reads: a class's newest notes when it opens, and its rows (noteText.ts) as IndexedDB
// holds them, checked against its notes; the answer to a search is searchAnswer.ts.
import type { NoteTextRow } from './noteText.ts';
import type { ConferenceRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { ofClass } from './wordIndexBuild.ts';
import { keepInStep } from './wordIndexStep.ts';
import { read } from './write.ts';

/** A class's newest conferences, newest first, at most `limit` (Search before she filters). */
export function newestConferences(
  classId: string,
  limit: number,
  store: Store = appStore(),
): Promise<ConferenceRecord[]> {
  return read(store, () =>
    store.db.conferences
      .where('[classId+at]')
      .between([classId, ''], [classId, '\uffff'])
      .reverse()
      .filter((c) => c.deleted === 0)
      .limit(limit)
      .toArray(),
  );
}

/** Search's rows of a class, newest first, deleted notes left out (a whole class: tests and checks). */
export function noteTextsOfClass(classId: string, store: Store = appStore()): Promise<NoteTextRow[]> {
  return read(store, async () => {
    await keepInStep(classId, store);
    // Read in the index's order and turned around here: IndexedDB reads a range whole only forwards
    // (getAll); Dexie walks a reverse range with a cursor, a request per row.
    const rows = await store.db.noteIndex
      .where('[classId+at]')
      .between(...ofClass(classId))
      .toArray();
    return rows.filter((r) => r.deleted === 0).reverse();
  });
}

/** Newest first, as the class's rows stand in IndexedDB ([classId+at], then id), turned around. */
export function newestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
