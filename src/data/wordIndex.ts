// Search's word index: each note's row (noteText.ts) lists, under a multi-entry IndexedDB index, one
// entry per distinct word of the note (its own words and its students' names), so that a word typed in
// Search is answered by index ranges, counted inside the database, without reading the notes. Pure: the
// entries and key of a note's row, and the ranges a typed word asks for. The middleware that keeps the
// rows with every note is wordIndexMiddleware.ts.
//
// Each entry is `class · head · word`. The head makes a count exact: a note whose words begin with "st"
// in three ways (“stretch”, “story”, “strong”) must count once. Sorted, a note's words that begin with a
// prefix stand together, and only the first of them differs from the word before it (in the note)
// within the prefix's length. So each word's head is its start up to one letter past the part it shares
// with the note's previous word; the word is the first of its run for every prefix from its head to the
// whole word. The notes with a word beginning with "str" are then exactly the entries whose head is "s",
// "st" or "str" and whose word begins with "str": three ranges, one entry per note.
//
// An entry stands for its row's key, the note's time and id, so the notes a word finds are known, and put
// in order, from the entries alone. Entries and keys are kept short, since a teacher's years hold hundreds
// of thousands of them: the class is a code given on this device (CLASS_CODES), the time is its
// milliseconds in base 36 and the id its hex digits (each as written when it has another form).
import { searchWords } from '../protocol/words.ts';
import type { IndexedNote, NoteTextRow } from './noteText.ts';
import { byCodeUnit } from './order.ts';
import type { StudentRecord } from './records.ts';

/**
 * Index words are cut to this length (a pasted link is one long word): a longer typed word is looked up
 * by its start, and the notes found are then checked whole.
 */
export const INDEXED_LENGTH = 32;

const SEP = '\u0000';
/** Marks a time or an id kept as written. Not a base-36 or hex digit. */
const AS_WRITTEN = '~';
/** After every code unit a word can hold (words are letters, digits and marks: never U+FFFF). */
const LAST = '\uffff';

/** What the index needs of a student: her name's words count for her notes in her own class. */
export type NameWords = (studentId: string, classId: string) => readonly string[];

/** A student's name words, as the index and Search's check both take them (a deleted student has none). */
export function nameWordsOf(student: Pick<StudentRecord, 'name' | 'deleted'> | undefined): string[] {
  return student && student.deleted === 0 ? searchWords(student.name) : [];
}

/** Resolves names from the students at hand (a missing one, or one of another class, adds nothing). */
export function namesFrom(
  students: Iterable<Pick<StudentRecord, 'id' | 'classId' | 'name' | 'deleted'> | undefined>,
): NameWords {
  const byId = new Map<string, { classId: string; words: string[] }>();
  for (const s of students) if (s) byId.set(s.id, { classId: s.classId, words: nameWordsOf(s) });
  return (studentId, classId) => {
    const found = byId.get(studentId);
    return found && found.classId === classId ? found.words : [];
  };
}

function sharedLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** The words a note is found by: its own and its students' names', each once, cut, in code-unit order. */
export function indexedWords(row: NoteTextRow, names: NameWords): string[] {
  if (row.deleted !== 0) return [];
  const words = new Set<string>();
  for (const w of row.words.split(' ')) if (w !== '') words.add(w.slice(0, INDEXED_LENGTH));
  for (const id of row.studentIds)
    for (const w of names(id, row.classId)) words.add(w.slice(0, INDEXED_LENGTH));
  return [...words].sort(byCodeUnit);
}

/** A note's entries in the index (none for a deleted note), under its class's code. */
export function wordEntriesOf(row: NoteTextRow, names: NameWords, classCode: string): string[] {
  let previous = '';
  return indexedWords(row, names).map((word) => {
    const head = word.slice(0, sharedLength(previous, word) + 1);
    previous = word;
    return [classCode, head, word].join(SEP);
  });
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function packTime(at: string): string {
  const ms = ISO_TIME.test(at) ? Date.parse(at) : Number.NaN;
  return ms >= 0 && new Date(ms).toISOString() === at ? ms.toString(36) : AS_WRITTEN + at;
}

function unpackTime(packed: string): string {
  return packed.startsWith(AS_WRITTEN)
    ? packed.slice(1)
    : new Date(Number.parseInt(packed, 36)).toISOString();
}

function packId(id: string): string {
  return UUID.test(id) ? id.replaceAll('-', '') : AS_WRITTEN + id;
}

function unpackId(packed: string): string {
  if (packed.startsWith(AS_WRITTEN)) return packed.slice(1);
  const cuts = [0, 8, 12, 16, 20, 32];
  return cuts
    .slice(1)
    .map((end, i) => packed.slice(cuts[i], end))
    .join('-');
}

/** The key of a note's row: its time and id, short. */
export function rowKeyOf(note: { at: string; id: string }): string {
  return packTime(note.at) + SEP + packId(note.id);
}

/** The note a row's key stands for: its time and id as written. */
export function noteOfRowKey(key: string): { at: string; id: string } {
  const cut = key.lastIndexOf(SEP);
  return { at: unpackTime(key.slice(0, cut)), id: unpackId(key.slice(cut + 1)) };
}

/** The row Search keeps for a note, with its key and its entries in the word index. */
export function indexedNote(row: NoteTextRow, names: NameWords, classCode: string): IndexedNote {
  return { ...row, key: rowKeyOf(row), entries: wordEntriesOf(row, names, classCode) };
}

/** Where the class codes are kept (the meta store), and their shape: class id -> code. */
export const CLASS_CODES = 'wordIndexClasses';
export type ClassCodes = Readonly<Record<string, string>>;

/**
 * The codes with one for `classId` (a new one, the next base-36 number, if it had none). Codes are never
 * taken back (the meta store keeps them for good), so one never stands for two classes.
 */
export function withCode(codes: ClassCodes, classId: string): ClassCodes {
  return Object.hasOwn(codes, classId)
    ? codes
    : { ...codes, [classId]: Object.keys(codes).length.toString(36) };
}

/**
 * The entry ranges holding one entry for each note of the class with a word beginning with `prefix`
 * (folded, not empty): one range per length of head.
 */
export function prefixRanges(classCode: string, prefix: string): [string, string][] {
  const cut = prefix.slice(0, INDEXED_LENGTH);
  return Array.from({ length: cut.length }, (_, i) => {
    const lower = [classCode, cut.slice(0, i + 1), cut].join(SEP);
    return [lower, lower + LAST];
  });
}
