// The answer to a search of a class's notes: how many match, and the newest of them, from Search's word
// index (wordIndex.ts) and rows (noteText.ts), reading about as many rows as it shows however many years
// the class holds. One typed word is counted inside IndexedDB; anything more starts from its narrowest
// part and checks those rows with the one check the scan uses (noteQuery.ts).
import { searchWords } from '../protocol/words.ts';
import { type NoteFilters, type NoteQuery, noteMatcher, noteQueryOf } from './noteQuery.ts';
import type { NoteTextRow } from './noteText.ts';
import { newestFirst } from './searchRows.ts';
import { appStore, type Store } from './store.ts';
import { CLASS_CODES, type ClassCodes, INDEXED_LENGTH, noteOfRowKey, prefixRanges } from './wordIndex.ts';
import { ofClass } from './wordIndexBuild.ts';
import { keepInStep } from './wordIndexStep.ts';
import { read } from './write.ts';

export interface NoteAnswer {
  /** Every note that matches. */
  total: number;
  /** The newest of them, newest first, at most the limit. */
  notes: NoteTextRow[];
}

/** The first window of newest rows read, and about what reading a row costs against an entry's key. */
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
    return db.transaction('r', [db.noteIndex, db.students, db.meta], async () => {
      const [students, codes] = await Promise.all([
        db.students.where('classId').equals(classId).toArray(),
        db.meta.get(CLASS_CODES),
      ]);
      const names = new Map(students.filter((s) => s.deleted === 0).map((s) => [s.id, s.name]));
      const asked: Asked = {
        store,
        classId,
        // A class none of whose notes was ever kept has no code, and no entries.
        code: (codes?.value as ClassCodes | undefined)?.[classId],
        names,
        matches: noteMatcher(query, names),
      };
      const counts = await Promise.all(query.words.map((w) => countPrefix(asked, w)));
      const [word] = query.words;
      const onlyOneWord =
        word !== undefined &&
        word.length <= INDEXED_LENGTH &&
        query.words.length === 1 &&
        Object.entries(query).every(([k, v]) => k === 'words' || v === undefined);
      if (onlyOneWord) {
        const total = counts[0] ?? 0;
        const want = Math.min(limit, total);
        // Few matches: their entries' keys; many: the newest rows, checked, while they keep finding matches.
        const notes =
          want === 0
            ? []
            : total <= KEYS_A_ROW * WINDOW
              ? await newestByEntries(asked, word, limit)
              : ((await newestMatching(asked, want, total)) ?? (await newestByEntries(asked, word, limit)));
        return { total, notes };
      }
      const rows = await fewestCandidates(asked, query, counts);
      const found = rows.filter((r) => r.classId === classId && asked.matches(r)).sort(newestFirst);
      return { total: found.length, notes: found.slice(0, limit) };
    });
  });
}

/** One search of one class: its code in the index, its students' names, and the check of a note. */
interface Asked {
  store: Store;
  classId: string;
  code: string | undefined;
  names: ReadonlyMap<string, string>;
  matches: (row: NoteTextRow) => boolean;
}

function entriesOf({ store, code }: Asked, prefix: string) {
  return code === undefined
    ? []
    : prefixRanges(code, prefix).map(([lower, upper]) =>
        store.db.noteIndex.where('entries').between(lower, upper, true, true),
      );
}

/** How many notes of the class have a word (or a student's name word) beginning with `prefix`. */
async function countPrefix(asked: Asked, prefix: string): Promise<number> {
  const counts = await Promise.all(entriesOf(asked, prefix).map((entries) => entries.count()));
  return counts.reduce((a, b) => a + b, 0);
}

/** The notes a word's index entries stand for (one a note: their rows' keys), newest first, at most `limit`. */
async function newestByEntries(asked: Asked, prefix: string, limit: number): Promise<NoteTextRow[]> {
  const keys = await Promise.all(entriesOf(asked, prefix).map((entries) => entries.primaryKeys()));
  const newest = keys
    .flat()
    .map((key) => ({ key, ...noteOfRowKey(key) }))
    .sort(newestFirst)
    .slice(0, limit);
  const rows = await asked.store.db.noteIndex.bulkGet(newest.map((n) => n.key));
  return rows.filter((r) => r !== undefined);
}

/**
 * The class's newest rows that match, read a window at a time from the newest (each window twice the
 * one before), until `want` are found. Gives up (null) when, at the rate matches came so far, the rows
 * still to read would cost more than the `total` matches' entries.
 */
async function newestMatching(
  { store, classId, matches }: Asked,
  want: number,
  total: number,
): Promise<NoteTextRow[] | null> {
  const byTime = () => store.db.noteIndex.where('[classId+at]');
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

/** A student's notes (her rows name her only while the note stands), of this class. */
async function notesOf({ store, classId }: Asked, studentIds: readonly string[]): Promise<NoteTextRow[]> {
  const rows = await Promise.all(
    studentIds.map((id) => store.db.noteIndex.where('studentIds').equals(id).toArray()),
  );
  return [...new Map(rows.flat().map((r) => [r.id, r])).values()].filter((r) => r.classId === classId);
}

/**
 * The rows to check for a query: those of its narrowest part (each counted first), or the whole class.
 * A word's notes are read by their entries, then each row (two reads a note); a word that is all in the
 * names of a few students (the notes it finds are exactly theirs) is read by those students instead,
 * each a single read.
 */
async function fewestCandidates(
  asked: Asked,
  query: NoteQuery,
  wordCounts: readonly number[],
): Promise<NoteTextRow[]> {
  const { db } = asked.store;
  const { classId } = asked;
  const all = await db.noteIndex
    .where('[classId+at]')
    .between(...ofClass(classId))
    .count();
  const parts: { size: number; rows: () => Promise<NoteTextRow[]> }[] = [
    {
      size: all,
      rows: () =>
        db.noteIndex
          .where('[classId+at]')
          .between(...ofClass(classId))
          .toArray(),
    },
  ];
  const nameWords = [...asked.names].map(([id, name]) => ({ id, words: searchWords(name) }));
  for (const [i, word] of query.words.entries()) {
    const count = wordCounts[i] ?? 0;
    const byKeys = () => newestByEntries(asked, word, Number.POSITIVE_INFINITY);
    parts.push({ size: count * 2, rows: byKeys });
    const named = nameWords.filter((s) => s.words.some((w) => w.startsWith(word))).map((s) => s.id);
    if (named.length === 0 || word.length > INDEXED_LENGTH) continue;
    const theirs = await Promise.all(named.map((id) => db.noteIndex.where('studentIds').equals(id).count()));
    parts.push({
      size: theirs.reduce((a, b) => a + b, 0),
      rows: async () => {
        const rows = await notesOf(asked, named);
        return rows.length === count ? rows : byKeys();
      },
    });
  }
  const by = (index: 'studentIds' | 'goalIds', id: string | undefined) => {
    if (!id) return;
    const rows = db.noteIndex.where(index).equals(id);
    return rows.count().then((size) => parts.push({ size, rows: () => rows.toArray() }));
  };
  await by('studentIds', query.studentId);
  await by('goalIds', query.goalId);
  if (query.from || query.to) {
    const days = db.noteIndex
      .where('[classId+at]')
      .between([classId, query.from ?? ''], [classId, query.to ?? '\uffff'], true, false);
    parts.push({ size: await days.count(), rows: () => days.toArray() });
  }
  const fewest = parts.reduce((a, b) => (b.size < a.size ? b : a));
  return fewest.rows();
}
