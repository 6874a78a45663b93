// Search and filter a class's conference notes: by student, goal, type, lens, date range and words.
// Each note's words are folded once, when it is written (data/noteText.ts: the rows Search reads); a
// student's name is matched through the note's students. Each query is then a plain scan. Pure.
import { parseISO } from 'date-fns';
import type { ConferenceRecord, ConferenceType, Lens, NoteTextRow } from '../../data/index.ts';
import { noteTextOf } from '../../data/index.ts';
import { byCodeUnit } from '../../data/order.ts';
import { fold } from '../../protocol/words.ts';

export interface NoteFilters {
  studentId?: string;
  goalId?: string;
  type?: ConferenceType;
  lens?: Lens;
  /** yyyy-MM-dd, local days, inclusive */
  from?: string;
  to?: string;
  text?: string;
}

/** Conferences as Search keeps them (the newest, read whole when Search opens), newest first. */
export function buildNoteIndex(conferences: readonly ConferenceRecord[]): NoteTextRow[] {
  return conferences
    .filter((c) => c.deleted === 0)
    .map(noteTextOf)
    .sort((a, b) => byCodeUnit(b.at, a.at));
}

/**
 * Notes matching every filter given, newest first (`index` is newest first). Dates are the teacher's
 * local days; each word is in the note or in the name of one of its students.
 */
export function searchNotes(
  index: readonly NoteTextRow[],
  filters: NoteFilters,
  names: ReadonlyMap<string, string> = new Map(),
  limit = 200,
): { total: number; notes: NoteTextRow[] } {
  const words = fold(filters.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const folded = new Map([...names].map(([id, name]) => [id, fold(name)]));
  const from = filters.from ? parseISO(filters.from).toISOString() : null;
  const to = filters.to ? new Date(parseISO(filters.to).getTime() + 86_400_000).toISOString() : null;
  const notes: NoteTextRow[] = [];
  let total = 0;
  for (const c of index) {
    if (c.deleted !== 0) continue;
    if (filters.studentId && !c.studentIds.includes(filters.studentId)) continue;
    if (filters.goalId && !c.goalIds.includes(filters.goalId)) continue;
    if (filters.type && c.type !== filters.type) continue;
    if (filters.lens && !c.lenses.includes(filters.lens)) continue;
    if (from && c.at < from) continue;
    if (to && c.at >= to) continue;
    if (
      words.length > 0 &&
      !words.every((w) => c.text.includes(w) || c.studentIds.some((id) => folded.get(id)?.includes(w)))
    )
      continue;
    total += 1;
    if (notes.length < limit) notes.push(c);
  }
  return { total, notes };
}

/**
 * Assessment notes (seed 002's third column) that fit the filters a note can have: the student, the
 * dates and the words (in the note, or the student's name). Newest first.
 */
export function matchingAssessments<A extends { studentId: string; on: string; text: string }>(
  notes: readonly A[],
  filters: NoteFilters,
  names: ReadonlyMap<string, string> = new Map(),
): A[] {
  if (filters.goalId || filters.type || filters.lens) return [];
  const words = fold(filters.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return notes
    .filter((a) => !filters.studentId || a.studentId === filters.studentId)
    .filter((a) => (!filters.from || a.on >= filters.from) && (!filters.to || a.on <= filters.to))
    .filter((a) => {
      const text = fold(`${a.text} ${names.get(a.studentId) ?? ''}`);
      return words.every((w) => text.includes(w));
    })
    .sort((a, b) => byCodeUnit(b.on, a.on));
}
