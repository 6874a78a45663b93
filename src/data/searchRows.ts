// What Search reads: a class's newest notes when it opens, and the answer to a search (how many notes
// match, and the newest of them) from the word index (wordIndex.ts) and Search's rows (noteText.ts),
// reading about as many rows as it shows, however many years the class holds.
import { type NoteFilters, type NoteQuery, noteMatcher, noteQueryOf } from './noteQuery.ts';
import type { NoteTextRow } from './noteText.ts';
import type { ConferenceRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { INDEXED_LENGTH, noteOfKey, prefixRanges } from './wordIndex.ts';
import { rebuildClassIndex } from './wordIndexBuild.ts';
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

const ofClass = (classId: string) =>
  [
    [classId, ''],
    [classId, '\uffff'],
  ] as const;

/** The classes found in step on each store: every write keeps them so, and a class is checked once. */
const inStep = new WeakMap<Store, Set<string>>();

/**
 * The two stores hold one row per note; should they ever differ in number for a class (notes that
 * reached the database some other way), its rows and keys are made again from its notes first.
 */
async function keepInStep(classId: string, store: Store): Promise<void> {
  const { db } = store;
  const checked = inStep.get(store) ?? new Set<string>();
  inStep.set(store, checked);
  if (checked.has(classId)) return;
  const [notes, rows] = await Promise.all([
    db.conferences
      .where('[classId+at]')
      .between(...ofClass(classId))
      .count(),
    db.noteText
      .where('[classId+at]')
      .between(...ofClass(classId))
      .count(),
  ]);
  if (notes !== rows)
    await db.transaction('rw', [db.conferences, db.students, db.noteText, db.noteWords], () =>
      rebuildClassIndex(db, classId),
    );
  checked.add(classId);
}

/** Search's rows of a class, newest first, deleted notes left out (a whole class: tests and checks). */
export function noteTextsOfClass(classId: string, store: Store = appStore()): Promise<NoteTextRow[]> {
  return read(store, async () => {
    await keepInStep(classId, store);
    // Read in the index's order and turned around here: IndexedDB reads a range whole only forwards
    // (getAll); Dexie walks a reverse range with a cursor, a request per row.
    const rows = await store.db.noteText
      .where('[classId+at]')
      .between(...ofClass(classId))
      .toArray();
    return rows.filter((r) => r.deleted === 0).reverse();
  });
}

export interface NoteAnswer {
  /** Every note that matches. */
  total: number;
  /** The newest of them, newest first, at most the limit. */
  notes: NoteTextRow[];
}

/** Newest first, as the class's rows stand in IndexedDB ([classId+at], then id), turned around. */
export function newestFirst(a: { at: string; id: string }, b: { at: string; id: string }): number {
  return a.at !== b.at ? (a.at < b.at ? 1 : -1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** The first window of newest rows read, and about what reading a row costs against reading a key. */
const WINDOW = 256;
const KEYS_A_ROW = 3;

/**
 * The notes of a class that match the filters: how many, and the newest `limit` of them. One typed word
 * is counted inside IndexedDB; anything more starts from whichever of its parts holds the fewest notes
 * (a word, the student, the goal, the dates) and checks those notes whole.
 */
export function searchClassNotes(
  classId: string,
  filters: NoteFilters,
  limit = 200,
  store: Store = appStore(),
): Promise<NoteAnswer> {
  const { db } = store;
  const query = noteQueryOf(filters);
  return read(store, async () => {
    await keepInStep(classId, store);
    return db.transaction('r', [db.noteText, db.noteWords, db.students], async () => {
      const students = await db.students.where('classId').equals(classId).toArray();
      const names = new Map(students.filter((s) => s.deleted === 0).map((s) => [s.id, s.name]));
      const matches = noteMatcher(query, names);
      const counts = await Promise.all(query.words.map((w) => countPrefix(store, classId, w)));
      const [word] = query.words;
      const onlyOneWord =
        word !== undefined &&
        word.length <= INDEXED_LENGTH &&
        query.words.length === 1 &&
        Object.entries(query).every(([k, v]) => k === 'words' || v === undefined);
      if (onlyOneWord) {
        const total = counts[0] ?? 0;
        const want = Math.min(limit, total);
        // Few matches: their keys; many: the newest rows, checked, while they keep finding matches.
        const notes =
          want === 0
            ? []
            : total <= KEYS_A_ROW * WINDOW
              ? await newestByKeys(store, classId, word, limit)
              : ((await newestMatching(store, classId, matches, want, total)) ??
                (await newestByKeys(store, classId, word, limit)));
        return { total, notes };
      }
      const rows = await fewestCandidates(store, classId, query, counts);
      const found = rows.filter((r) => r.classId === classId && matches(r)).sort(newestFirst);
      return { total: found.length, notes: found.slice(0, limit) };
    });
  });
}

/** How many notes of the class have a word (or a student's name word) beginning with `prefix`. */
async function countPrefix(store: Store, classId: string, prefix: string): Promise<number> {
  const counts = await Promise.all(
    prefixRanges(classId, prefix).map(([lower, upper]) =>
      store.db.noteWords.where(':id').between(lower, upper, true, true).count(),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** The notes a word's keys stand for (one key per note), newest first, at most `limit`. */
async function newestByKeys(
  store: Store,
  classId: string,
  prefix: string,
  limit: number,
): Promise<NoteTextRow[]> {
  const keys = await Promise.all(
    prefixRanges(classId, prefix).map(([lower, upper]) =>
      store.db.noteWords.where(':id').between(lower, upper, true, true).primaryKeys(),
    ),
  );
  const notes = keys.flat().map(noteOfKey).sort(newestFirst).slice(0, limit);
  const rows = await store.db.noteText.bulkGet(notes.map((n) => n.id));
  return rows.filter((r) => r !== undefined);
}

/**
 * The class's newest rows that match, read a window at a time from the newest (each window twice the
 * one before), until `want` are found. Gives up (null) when, at the rate matches came so far, the rows
 * still to read would cost more than the `total` matches' keys.
 */
async function newestMatching(
  store: Store,
  classId: string,
  matches: (row: NoteTextRow) => boolean,
  want: number,
  total: number,
): Promise<NoteTextRow[] | null> {
  const byTime = () => store.db.noteText.where('[classId+at]');
  const found: NoteTextRow[] = [];
  let read = 0;
  let upper: [string, string] = [classId, '\uffff'];
  let throughUpper = true;
  for (let size = WINDOW; found.length < want; size *= 2) {
    const [edge] = (await byTime()
      .between([classId, ''], upper, true, throughUpper)
      .reverse()
      .offset(size - 1)
      .limit(1)
      .keys()) as unknown as [string, string][];
    const lower: [string, string] = edge ?? [classId, ''];
    const rows = await byTime().between(lower, upper, true, throughUpper).toArray();
    read += rows.length;
    for (let i = rows.length - 1; i >= 0 && found.length < want; i--) {
      const row = rows[i] as NoteTextRow;
      if (matches(row)) found.push(row);
    }
    if (!edge || found.length >= want) break;
    const toRead =
      found.length === 0 ? Number.POSITIVE_INFINITY : ((want - found.length) * read) / found.length;
    if (toRead * KEYS_A_ROW > total) return null;
    upper = lower;
    throughUpper = false;
  }
  return found;
}

/** The rows to check for a query: those of its narrowest part (each counted first), or the whole class. */
async function fewestCandidates(
  store: Store,
  classId: string,
  query: NoteQuery,
  wordCounts: readonly number[],
): Promise<NoteTextRow[]> {
  const { db } = store;
  const all = await db.noteText
    .where('[classId+at]')
    .between(...ofClass(classId))
    .count();
  const parts: { size: number; rows: () => Promise<NoteTextRow[]> }[] = [
    {
      size: all,
      rows: () =>
        db.noteText
          .where('[classId+at]')
          .between(...ofClass(classId))
          .toArray(),
    },
  ];
  query.words.forEach((word, i) => {
    // A word's keys, then its rows: two reads a note, so worth it only for fewer than half the class.
    const size = (wordCounts[i] ?? 0) * 2;
    parts.push({ size, rows: () => newestByKeys(store, classId, word, Number.POSITIVE_INFINITY) });
  });
  const by = (index: 'studentIds' | 'goalIds', id: string | undefined) => {
    if (!id) return;
    const rows = db.noteText.where(index).equals(id);
    return rows.count().then((size) => parts.push({ size, rows: () => rows.toArray() }));
  };
  await by('studentIds', query.studentId);
  await by('goalIds', query.goalId);
  if (query.from || query.to) {
    const days = db.noteText
      .where('[classId+at]')
      .between([classId, query.from ?? ''], [classId, query.to ?? '\uffff'], true, false);
    parts.push({ size: await days.count(), rows: () => days.toArray() });
  }
  const fewest = parts.reduce((a, b) => (b.size < a.size ? b : a));
  return fewest.rows();
}
