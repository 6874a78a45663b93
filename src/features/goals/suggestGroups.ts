// Small-group suggestions: students who share an active goal, or whose last conferences named the same
// next step, with the teaching points the pattern library has for that goal. Pure.
import { differenceInCalendarDays } from 'date-fns';
import {
  type ConferenceRecord,
  type GoalRecord,
  goalKey,
  type StudentRecord,
  sharedGoals,
} from '../../data/index.ts';
import type { Pattern } from '../../patterns/library.ts';
import { teachingPointsOf } from '../../patterns/teachingPoints.ts';

export interface GroupSuggestion {
  kind: 'goal' | 'next step';
  /** For a goal group: the goal's key (goalKey), to link each member's own goal record. */
  key: string | null;
  label: string;
  studentIds: string[];
  teachingPoints: string[];
}

const RECENT_DAYS = 14;

export function suggestGroups(input: {
  goals: readonly GoalRecord[];
  students: readonly StudentRecord[];
  latest: ReadonlyMap<string, ConferenceRecord>;
  patterns: readonly Pattern[];
  today: Date;
}): GroupSuggestion[] {
  const byGoal = sharedGoals(input.goals, input.students)
    .filter((g) => g.students.length >= 2)
    .map((g) => {
      const pattern = input.patterns.find(
        (p) => p.id === g.patternId || goalKey({ patternId: null, text: p.goal }) === g.key,
      );
      return {
        kind: 'goal' as const,
        key: g.key,
        label: g.text,
        studentIds: g.students.map((s) => s.id),
        teachingPoints: pattern ? teachingPointsOf(pattern.teachingPoints) : [],
      };
    });
  const active = new Set(input.students.filter((s) => s.archived === 0).map((s) => s.id));
  const byStep = new Map<string, { label: string; ids: string[] }>();
  for (const [studentId, conference] of input.latest) {
    if (!active.has(studentId) || conference.studentIds.length > 1) continue;
    if (differenceInCalendarDays(input.today, new Date(conference.at)) > RECENT_DAYS) continue;
    const key = goalKey({ patternId: null, text: conference.nextStep });
    if (!key) continue;
    const entry = byStep.get(key) ?? { label: conference.nextStep.trim(), ids: [] };
    entry.ids.push(studentId);
    byStep.set(key, entry);
  }
  const bySteps = [...byStep.values()]
    .filter((s) => s.ids.length >= 2)
    .map((s) => ({
      kind: 'next step' as const,
      key: null,
      label: s.label,
      studentIds: s.ids,
      teachingPoints: [s.label],
    }));
  return [...byGoal, ...bySteps];
}
