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

/** Every key of a note in the index (none for a deleted note). */
export function wordKeysOf(row: NoteTextRow, names: NameWords): string[] {
  let previous = '';
  return indexedWords(row, names).map((word) => {
    const head = word.slice(0, sharedLength(previous, word) + 1);
    previous = word;
    return [row.classId, head, word, row.at, row.id].join(SEP);
  });
}

/** The note a key stands for: its time and id (read from the end: a class id is not ours to trust). */
export function noteOfKey(key: string): { at: string; id: string } {
  const idAt = key.lastIndexOf(SEP);
  const atAt = key.lastIndexOf(SEP, idAt - 1);
  return { at: key.slice(atAt + 1, idAt), id: key.slice(idAt + 1) };
}

/**
 * The key ranges holding one key for each note of the class with a word beginning with `prefix` (folded,
 * not empty): one range per length of head.
 */
export function prefixRanges(classId: string, prefix: string): [string, string][] {
  const cut = prefix.slice(0, INDEXED_LENGTH);
  return Array.from({ length: cut.length }, (_, i) => {
    const lower = [classId, cut.slice(0, i + 1), cut].join(SEP);
    return [lower, lower + LAST];
  });
}

/** Every key of a class. */
export function classRange(classId: string): [string, string] {
  return [classId + SEP, classId + SEP + LAST];
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
