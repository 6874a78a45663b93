// Goals across a class (seed 002): three or four a student, revisited; who shares which goal. Pure, with
// the day passed in.
import { lightFormat } from 'date-fns';
import { byCodeUnit } from './order.ts';
import type { ConferenceRecord, GoalRecord, StudentRecord } from './records.ts';

export const USUAL_GOALS = 4;

/** Said when a fifth goal is about to be added. */
export function tooManyGoalsWarning(activeCount: number): string | null {
  return activeCount >= USUAL_GOALS
    ? `This student already has ${activeCount} goals. Three or four for the half year are usually enough: consider marking one met or revised first.`
    : null;
}

/** Goals still being worked on whose revisit date has come, soonest first. */
export function revisitDue(goals: readonly GoalRecord[], today: Date): GoalRecord[] {
  const day = lightFormat(today, 'yyyy-MM-dd');
  return goals
    .filter((g) => g.deleted === 0 && g.status === 'working' && g.revisitOn !== null && g.revisitOn <= day)
    .sort((a, b) => byCodeUnit(a.revisitOn as string, b.revisitOn as string));
}

export function goalKey(goal: Pick<GoalRecord, 'patternId' | 'text'>): string {
  return (
    goal.patternId ??
    goal.text
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

export interface SharedGoal {
  key: string;
  text: string;
  patternId: string | null;
  students: StudentRecord[];
}

/** The room by need: each active goal with the (active) students working on it, most shared first. */
export function sharedGoals(goals: readonly GoalRecord[], students: readonly StudentRecord[]): SharedGoal[] {
  const active = new Map(students.filter((s) => s.archived === 0 && s.deleted === 0).map((s) => [s.id, s]));
  const byKey = new Map<string, SharedGoal>();
  for (const goal of goals) {
    const student = active.get(goal.studentId);
    if (!student || goal.deleted === 1 || goal.status !== 'working') continue;
    const key = goalKey(goal);
    const entry = byKey.get(key) ?? { key, text: goal.text, patternId: goal.patternId, students: [] };
    if (!entry.students.some((s) => s.id === student.id)) entry.students.push(student);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort(
    (a, b) => b.students.length - a.students.length || a.text.localeCompare(b.text),
  );
}

/** Conferences that worked on a goal, newest first. */
export function conferencesForGoal(
  goalId: string,
  conferences: readonly ConferenceRecord[],
): ConferenceRecord[] {
  return conferences
    .filter((c) => c.deleted === 0 && c.goalIds.includes(goalId))
    .sort((a, b) => byCodeUnit(b.at, a.at));
}
