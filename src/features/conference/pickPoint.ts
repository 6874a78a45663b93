// One teaching point picked from a pattern row, put on the sheet. Pure.
import type { GoalRecord } from '../../data/index.ts';
import type { Pattern } from '../../patterns/library.ts';
import type { ConferenceDraft } from './conferenceDraft.ts';

export interface Picked {
  draft: ConferenceDraft;
  /** What she had typed is kept, the point added under it. */
  appended: boolean;
}

/**
 * The point goes in the teaching point field: alone when the field is empty, under her own words when
 * she had typed some (never over them). The row's goal: a goal the students already work on with the same
 * words is linked; for a student without it, the goal is ticked to be set when she saves.
 */
export function withPickedPoint(
  draft: ConferenceDraft,
  pick: { pattern: Pattern; point: string },
  goals: readonly GoalRecord[],
  studentIds: readonly string[],
): Picked {
  const { pattern, point } = pick;
  const typed = draft.teachingPoint.trim();
  const appended = typed !== '' && !typed.includes(point);
  const teachingPoint =
    typed === '' ? point : appended ? `${draft.teachingPoint.trimEnd()}\n${point}` : draft.teachingPoint;
  const same = goals.filter((g) => g.text === pattern.goal);
  const everyoneHasIt = studentIds.every((id) => same.some((g) => g.studentId === id));
  return {
    appended,
    draft: {
      ...draft,
      teachingPoint,
      goalIds: [...new Set([...draft.goalIds, ...same.map((g) => g.id)])],
      newGoal: everyoneHasIt ? null : { text: pattern.goal, patternId: pattern.id },
    },
  };
}
