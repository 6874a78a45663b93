// Search and filter conference notes already in memory: by student, goal, type, lens, date range and
// words (each word begins a word of the note or of one of its students' names). Search uses it on the
// newest notes while the class's answer comes from the word index (data/searchRows.ts); it is also the
// plain scan that answer is checked against. Pure.
import {
  byCodeUnit,
  type ConferenceRecord,
  type NoteFilters,
  type NoteTextRow,
  newestFirst,
  noteMatcher,
  noteQueryOf,
  noteTextOf,
} from '../../data/index.ts';
import { searchWords } from '../../protocol/words.ts';

export type { NoteFilters } from '../../data/index.ts';

/** Conferences as Search keeps them, deleted ones left out, newest first (then by id, as stored). */
export function buildNoteIndex(conferences: readonly ConferenceRecord[]): NoteTextRow[] {
  return conferences
    .filter((c) => c.deleted === 0)
    .map(noteTextOf)
    .sort(newestFirst);
}

/**
 * Notes matching every filter given, newest first (`index` is newest first). Dates are the teacher's
 * local days; `names` are the class's students' names as written.
 */
export function searchNotes(
  index: readonly NoteTextRow[],
  filters: NoteFilters,
  names: ReadonlyMap<string, string> = new Map(),
  limit = 200,
): { total: number; notes: NoteTextRow[] } {
  const matches = noteMatcher(noteQueryOf(filters), names);
  const notes: NoteTextRow[] = [];
  let total = 0;
  for (const c of index) {
    if (!matches(c)) continue;
    total += 1;
    if (notes.length < limit) notes.push(c);
  }
  return { total, notes };
}

/**
 * Assessment notes (seed 002's third column) that fit the filters a note can have: the student, the
 * dates and the words (beginning a word of the note, or of the student's name). Newest first.
 */
export function matchingAssessments<A extends { studentId: string; on: string; text: string }>(
  notes: readonly A[],
  filters: NoteFilters,
  names: ReadonlyMap<string, string> = new Map(),
): A[] {
  if (filters.goalId || filters.type || filters.lens) return [];
  const words = searchWords(filters.text ?? '');
  return notes
    .filter((a) => !filters.studentId || a.studentId === filters.studentId)
    .filter((a) => (!filters.from || a.on >= filters.from) && (!filters.to || a.on <= filters.to))
    .filter((a) => {
      const own = searchWords(`${a.text} ${names.get(a.studentId) ?? ''}`);
      return words.every((w) => own.some((o) => o.startsWith(w)));
    })
    .sort((a, b) => byCodeUnit(b.on, a.on));
}
