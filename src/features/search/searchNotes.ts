// Search and filter a class's conference notes: by student, goal, type, lens, date range and words.
// The text of each note is folded once (buildNoteIndex); each query is then a plain scan. Pure.
import { parseISO } from 'date-fns';
import type { ConferenceRecord, ConferenceType, Lens } from '../../data/index.ts';
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

export interface IndexedNote {
  conference: ConferenceRecord;
  text: string;
}

export function buildNoteIndex(
  conferences: readonly ConferenceRecord[],
  names: ReadonlyMap<string, string>,
): IndexedNote[] {
  return conferences
    .filter((c) => c.deleted === 0)
    .sort((a, b) => b.at.localeCompare(a.at))
    .map((conference) => ({
      conference,
      text: fold(
        [
          conference.research,
          conference.compliment,
          conference.teachingPoint,
          conference.nextStep,
          conference.note,
          ...conference.studentIds.map((id) => names.get(id) ?? ''),
        ].join('\n'),
      ),
    }));
}

/** Notes matching every filter given, newest first. Dates are the teacher's local days. */
export function searchNotes(
  index: readonly IndexedNote[],
  filters: NoteFilters,
  limit = 200,
): { total: number; notes: ConferenceRecord[] } {
  const words = fold(filters.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const from = filters.from ? parseISO(filters.from).toISOString() : null;
  const to = filters.to ? new Date(parseISO(filters.to).getTime() + 86_400_000).toISOString() : null;
  const notes: ConferenceRecord[] = [];
  let total = 0;
  for (const { conference: c, text } of index) {
    if (filters.studentId && !c.studentIds.includes(filters.studentId)) continue;
    if (filters.goalId && !c.goalIds.includes(filters.goalId)) continue;
    if (filters.type && c.type !== filters.type) continue;
    if (filters.lens && !c.lenses.includes(filters.lens)) continue;
    if (from && c.at < from) continue;
    if (to && c.at >= to) continue;
    if (words.length > 0 && !words.every((w) => text.includes(w))) continue;
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
    .sort((a, b) => b.on.localeCompare(a.on));
}
