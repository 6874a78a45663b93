// What Search reads: a class's newest notes when it opens, and every note's folded words (noteText.ts)
// at the first search or filter.
import { type NoteTextRow, noteTextOf } from './noteText.ts';
import type { ConferenceRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
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

/**
 * What Search keeps of every note of a class (its words folded when written: noteText.ts), newest first,
 * deleted ones left out. The two stores hold one row per note; should they ever differ in number (a note
 * that reached the database some other way), the class's rows are made again from its notes first.
 */
export function noteTextsOfClass(classId: string, store: Store = appStore()): Promise<NoteTextRow[]> {
  const { db } = store;
  const ofClass = () =>
    [
      [classId, ''],
      [classId, '\uffff'],
    ] as const;
  return read(store, async () => {
    const [notes, texts] = await Promise.all([
      db.conferences
        .where('[classId+at]')
        .between(...ofClass())
        .count(),
      db.noteText
        .where('[classId+at]')
        .between(...ofClass())
        .count(),
    ]);
    if (notes !== texts)
      await db.transaction('rw', db.conferences, db.noteText, async () => {
        const conferences = await db.conferences
          .where('[classId+at]')
          .between(...ofClass())
          .toArray();
        await db.noteText
          .where('[classId+at]')
          .between(...ofClass())
          .delete();
        await db.noteText.bulkPut(conferences.map(noteTextOf));
      });
    // Read in the index's order and turned around here: IndexedDB reads a range whole only forwards
    // (getAll); Dexie walks a reverse range with a cursor, a request per row.
    const rows = await db.noteText
      .where('[classId+at]')
      .between(...ofClass())
      .toArray();
    return rows.filter((r) => r.deleted === 0).reverse();
  });
}
