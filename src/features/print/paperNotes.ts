// Her records as she would have written them on the paper forms: a conference as its date, what she
// taught and the next step; a goal with its status in her words; oldest first, as a form fills down the
// page. Pure: the date style is passed in (the device's own order in the app, a fixed one in tests).
import { lightFormat } from 'date-fns';
import {
  type AssessmentRecord,
  byCodeUnit,
  type ConferenceRecord,
  type GoalRecord,
  goalStatusWords,
  lensWords,
  type StudentRecord,
  tryItWords,
  typeWords,
} from '../../data/index.ts';

export type DateWords = (when: string) => string;

/** One conference as a line of a form's box or column. */
export interface PaperConference {
  id: string;
  when: string;
  type: string;
  /** What the child said they were doing (her research). */
  said: string;
  /** The lenses she ticked, in her words. */
  lenses: string;
  /** The strength she named, when she named one. */
  strength: string;
  /** What she taught; a conference with none shows what else she wrote (the strength, the note). */
  point: string;
  tryIt: string;
  next: string;
}

export function paperConference(c: ConferenceRecord, words: DateWords): PaperConference {
  const point = c.teachingPoint.trim() || (c.compliment.trim() ? '' : c.note.trim().split('\n')[0] || '');
  return {
    id: c.id,
    when: words(c.at),
    type: typeWords(c.type),
    said: c.research.trim(),
    lenses: lensWords(c.lenses),
    strength: c.compliment.trim(),
    point,
    tryIt: tryItWords(c.tryIt),
    next: c.nextStep.trim(),
  };
}

const oldestFirst = (a: ConferenceRecord, b: ConferenceRecord) => byCodeUnit(a.at, b.at);

/**
 * The 9-kid form's boxes: each child's name, the goals they are working on (as the box on This week shows
 * them) and that week's conferences with them, oldest first.
 */
export function nineKidBoxes(
  boxIds: readonly (string | null)[],
  students: readonly StudentRecord[],
  weekConferences: readonly ConferenceRecord[],
  activeGoals: readonly GoalRecord[],
  words: DateWords,
): { name: string; goals: string[]; notes: PaperConference[] }[] {
  const names = new Map(students.map((s) => [s.id, s.name]));
  const sorted = [...weekConferences].sort(oldestFirst);
  return boxIds.map((id) => ({
    name: id ? (names.get(id) ?? '') : '',
    goals: id ? activeGoals.filter((g) => g.studentId === id).map((g) => g.text) : [],
    notes: id ? sorted.filter((c) => c.studentIds.includes(id)).map((c) => paperConference(c, words)) : [],
  }));
}

/** Seed 002's three columns for one child, oldest first, and the first and last day they cover. */
export function notesColumns(
  conferences: readonly ConferenceRecord[],
  goals: readonly GoalRecord[],
  assessments: readonly AssessmentRecord[],
  words: DateWords,
) {
  // Local days, so a conference at 4 pm in California counts on its own day, not tomorrow's (UTC).
  const days = [
    ...conferences.map((c) => lightFormat(new Date(c.at), 'yyyy-MM-dd')),
    ...goals.map((g) => g.setOn),
    ...assessments.map((a) => a.on),
  ].sort(byCodeUnit);
  const first = days[0];
  const last = days.at(-1);
  return {
    dates: first && last ? { from: words(first), to: words(last) } : null,
    conferences: [...conferences].sort(oldestFirst).map((c) => paperConference(c, words)),
    goals: [...goals]
      .sort((a, b) => byCodeUnit(a.setOn, b.setOn))
      .map((g) => ({ id: g.id, text: g.text, status: goalStatusWords(g.status), setOn: words(g.setOn) })),
    assessments: [...assessments]
      .sort((a, b) => byCodeUnit(a.on, b.on) || byCodeUnit(a.id, b.id))
      .map((a) => ({ id: a.id, on: words(a.on), text: a.text })),
  };
}
