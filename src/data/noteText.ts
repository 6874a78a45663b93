// What Search keeps of every note, beside it: its words folded once, when the note is written (not at
// each search), with the fields Search filters on and shows, and its entries in the word index
// (wordIndex.ts). One row per conference row, a deleted note's marked deleted and found by no word,
// student or goal (so the two stores' counts match, and Search can check them). Kept in the same
// transaction as the note by the word index's middleware (wordIndexMiddleware.ts). Local only.
import { searchWords } from '../protocol/words.ts';
import { byCodeUnit } from './order.ts';
import type { ConferenceRecord } from './records.ts';

export interface NoteTextRow {
  id: string;
  classId: string;
  at: string;
  /**
   * The words of research, strength, teaching point, next step and note, folded (accents and case
   * ignored), each once, in code-unit order, between spaces: one string, which IndexedDB reads back far
   * faster than as many strings as words.
   */
  words: string;
  studentIds: string[];
  goalIds: string[];
  type: ConferenceRecord['type'];
  lenses: ConferenceRecord['lenses'];
  /** As written: what a result shows. */
  teachingPoint: string;
  nextStep: string;
  deleted: 0 | 1;
}

/** As the store keeps it: keyed by the note's time and id, with its word index entries. */
export interface IndexedNote extends NoteTextRow {
  key: string;
  entries: string[];
}

export const NOTE_INDEX_STORE = 'noteIndex';

/** Each word once, in code-unit order (the order the word index and a search's lookups rely on). */
export function distinctWords(text: string): string[] {
  return [...new Set(searchWords(text))].sort(byCodeUnit);
}

/** The row Search keeps for a note. */
export function noteTextOf(c: ConferenceRecord): NoteTextRow {
  return {
    id: c.id,
    classId: c.classId,
    at: c.at,
    words: distinctWords([c.research, c.compliment, c.teachingPoint, c.nextStep, c.note].join('\n')).join(
      ' ',
    ),
    studentIds: c.deleted === 0 ? c.studentIds : [],
    goalIds: c.deleted === 0 ? c.goalIds : [],
    type: c.type,
    lenses: c.lenses,
    teachingPoint: c.teachingPoint,
    nextStep: c.nextStep,
    deleted: c.deleted,
  };
}
