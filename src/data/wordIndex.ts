// Search's word index: per class, one key per distinct word of a note (its own words and its students'
// names), so that a word typed in Search is answered by IndexedDB key ranges, counted inside the
// database, without reading the notes. Pure: the keys a note has, and the ranges a typed word asks for.
// The middleware that writes these keys with every note is wordIndexMiddleware.ts.
//
// Each key is `class · head · word · at · id`. The head makes a count exact: a note whose words begin
// with "st" in three ways (“stretch”, “story”, “strong”) must count once. Sorted, a note's words that
// begin with a prefix stand together, and only the first of them differs from the word before it (in the
// note) within the prefix's length. So each word's head is its start up to one letter past the part it
// shares with the note's previous word; the word is the first of its run for every prefix from its head
// to the whole word. The notes with a word beginning with "str" are then exactly the keys whose head is
// "s", "st" or "str" and whose word begins with "str": three ranges, one key per note.
//
// Keys are kept short, since a teacher's years hold hundreds of thousands of them: the class is a code
// given on this device (classCodes), the time is its milliseconds in base 36 and the id its hex digits
// (each as written when it has another form).
import { searchWords } from '../protocol/words.ts';
import type { NoteTextRow } from './noteText.ts';
import { byCodeUnit } from './order.ts';
import type { StudentRecord } from './records.ts';

export const NOTE_WORDS_STORE = 'noteWords';

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
  for (const w of row.words) words.add(w.slice(0, INDEXED_LENGTH));
  for (const id of row.studentIds)
    for (const w of names(id, row.classId)) words.add(w.slice(0, INDEXED_LENGTH));
  return [...words].sort(byCodeUnit);
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

/** Every key of a note in the index (none for a deleted note), under its class's code. */
export function wordKeysOf(row: NoteTextRow, names: NameWords, classCode: string): string[] {
  let previous = '';
  const note = [packTime(row.at), packId(row.id)].join(SEP);
  return indexedWords(row, names).map((word) => {
    const head = word.slice(0, sharedLength(previous, word) + 1);
    previous = word;
    return [classCode, head, word, note].join(SEP);
  });
}

/** The note a key stands for: its time and id. */
export function noteOfKey(key: string): { at: string; id: string } {
  const idAt = key.lastIndexOf(SEP);
  const atAt = key.lastIndexOf(SEP, idAt - 1);
  return { at: unpackTime(key.slice(atAt + 1, idAt)), id: unpackId(key.slice(idAt + 1)) };
}

/** Where the class codes are kept (the meta store), and their shape: class id -> code. */
export const CLASS_CODES = 'wordIndexClasses';
export type ClassCodes = Readonly<Record<string, string>>;

/** The codes with one for `classId` (a new one, the next base-36 number, if it had none). */
export function withCode(codes: ClassCodes, classId: string): ClassCodes {
  return Object.hasOwn(codes, classId)
    ? codes
    : { ...codes, [classId]: Object.keys(codes).length.toString(36) };
}

/**
 * The key ranges holding one key for each note of the class with a word beginning with `prefix` (folded,
 * not empty): one range per length of head.
 */
export function prefixRanges(classCode: string, prefix: string): [string, string][] {
  const cut = prefix.slice(0, INDEXED_LENGTH);
  return Array.from({ length: cut.length }, (_, i) => {
    const lower = [classCode, cut.slice(0, i + 1), cut].join(SEP);
    return [lower, lower + LAST];
  });
}

/** Every key of a class. */
export function classRange(classCode: string): [string, string] {
  return [classCode + SEP, classCode + SEP + LAST];
}

/** What changes between a note's keys before and after a write. */
export function keyChanges(before: readonly string[], after: readonly string[]) {
  const old = new Set(before);
  const now = new Set(after);
  return {
    removed: before.filter((k) => !now.has(k)),
    added: after.filter((k) => !old.has(k)),
  };
}
