// Writing goals: three or four per student for half a year, revisited (seed 002).
import { lightFormat } from 'date-fns';
import { InvalidInputError } from './errors.ts';
import type { GoalRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export const MAX_GOAL_LENGTH = 300;

export interface NewGoal {
  classId: string;
  studentIds: readonly string[];
  text: string;
  patternId: string | null;
  setOn?: string;
}

/** Sets the same goal for one or more students (a pattern's goal offered from the conference sheet). */
export async function setGoal(input: NewGoal, store = appStore()): Promise<GoalRecord[]> {
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (text === '') throw new InvalidInputError('The goal is empty.');
  if (text.length > MAX_GOAL_LENGTH)
    throw new InvalidInputError(`A goal fits in ${MAX_GOAL_LENGTH} characters.`);
  const setOn = input.setOn ?? lightFormat(new Date(), 'yyyy-MM-dd');
  return mutate(store, ['goals'], async (write) => {
    const made: GoalRecord[] = [];
    for (const studentId of input.studentIds) {
      made.push(
        await write.create('goals', {
          classId: input.classId,
          studentId,
          text,
          patternId: input.patternId,
          setOn,
          status: 'working',
          revisitOn: null,
          deleted: 0,
        }),
      );
    }
    return made;
  });
}

/** Goals a student is working on, oldest first. */
export function activeGoalsOf(studentId: string, store: Store = appStore()): Promise<GoalRecord[]> {
  return read(store, async () => {
    const goals = await store.db.goals.where('studentId').equals(studentId).toArray();
    return goals
      .filter((g) => g.deleted === 0 && g.status === 'working')
      .sort((a, b) => a.setOn.localeCompare(b.setOn));
  });
}

/** Goals being worked on by any of these students (the 9-kid grid reads nine students' goals). */
export function activeGoalsOfStudents(
  studentIds: readonly string[],
  store: Store = appStore(),
): Promise<GoalRecord[]> {
  return read(store, async () => {
    const goals = await store.db.goals.where('studentId').anyOf(studentIds).toArray();
    return goals
      .filter((g) => g.deleted === 0 && g.status === 'working')
      .sort((a, b) => a.setOn.localeCompare(b.setOn));
  });
}

export function goalsOfClass(classId: string, store: Store = appStore()): Promise<GoalRecord[]> {
  return read(store, async () =>
    (await store.db.goals.where('classId').equals(classId).toArray()).filter((g) => g.deleted === 0),
  );
}

/** Working on it → met or revised. Met and revised goals stay in the student's history. */
export async function setGoalStatus(
  id: string,
  status: GoalRecord['status'],
  store = appStore(),
): Promise<void> {
  await mutate(store, ['goals'], (write) => write.update('goals', id, { status }));
}

/** When to revisit the goal (yyyy-MM-dd), or null for no date. */
export async function setGoalRevisit(
  id: string,
  revisitOn: string | null,
  store = appStore(),
): Promise<void> {
  if (revisitOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(revisitOn))
    throw new InvalidInputError('Choose a date to revisit.');
  await mutate(store, ['goals'], (write) => write.update('goals', id, { revisitOn }));
}

export async function rewordGoal(id: string, text: string, store = appStore()): Promise<void> {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new InvalidInputError('The goal is empty.');
  if (clean.length > MAX_GOAL_LENGTH)
    throw new InvalidInputError(`A goal fits in ${MAX_GOAL_LENGTH} characters.`);
  await mutate(store, ['goals'], (write) => write.update('goals', id, { text: clean }));
}

/** Every goal of a student, active and past, oldest first. */
export function goalsOf(studentId: string, store: Store = appStore()): Promise<GoalRecord[]> {
  return read(store, async () => {
    const goals = await store.db.goals.where('studentId').equals(studentId).toArray();
    return goals.filter((g) => g.deleted === 0).sort((a, b) => a.setOn.localeCompare(b.setOn));
  });
}
