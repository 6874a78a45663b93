// Writing goals: three or four per student for half a year, revisited (seed 002).
import { localDay } from './dates.ts';
import { InvalidInputError } from './errors.ts';
import { byCodeUnit } from './order.ts';
import type { GoalRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read, type Writer } from './write.ts';

export const MAX_GOAL_LENGTH = 300;

export interface NewGoal {
  classId: string;
  studentIds: readonly string[];
  text: string;
  patternId: string | null;
  setOn?: string;
}

function goalText(raw: string): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') throw new InvalidInputError('The goal is empty.');
  if (text.length > MAX_GOAL_LENGTH)
    throw new InvalidInputError(`A goal fits in ${MAX_GOAL_LENGTH} characters.`);
  return text;
}

/**
 * Inside a write: the goal for each of these students, made where the student is not already working on
 * a goal with the same words (that one is used instead). Returns the goals, one per student.
 */
export async function goalsFor(write: Writer, store: Store, input: NewGoal): Promise<GoalRecord[]> {
  const text = goalText(input.text);
  const setOn = input.setOn ?? localDay();
  const working = await store.db.goals.where('studentId').anyOf(input.studentIds).toArray();
  const goals: GoalRecord[] = [];
  for (const studentId of input.studentIds) {
    const same = working.find(
      (g) => g.studentId === studentId && g.deleted === 0 && g.status === 'working' && g.text === text,
    );
    goals.push(
      same ??
        (await write.create('goals', {
          classId: input.classId,
          studentId,
          text,
          patternId: input.patternId,
          setOn,
          status: 'working',
          revisitOn: null,
          deleted: 0,
        })),
    );
  }
  return goals;
}

/** Sets the same goal for one or more students (from the goal sheet, or a pattern's goal). */
export async function setGoal(input: NewGoal, store = appStore()): Promise<GoalRecord[]> {
  goalText(input.text);
  return mutate(store, ['goals'], (write) => goalsFor(write, store, input));
}

/** Goals a student is working on, oldest first. */
export function activeGoalsOf(studentId: string, store: Store = appStore()): Promise<GoalRecord[]> {
  return read(store, async () => {
    const goals = await store.db.goals.where('studentId').equals(studentId).toArray();
    return goals
      .filter((g) => g.deleted === 0 && g.status === 'working')
      .sort((a, b) => byCodeUnit(a.setOn, b.setOn));
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
      .sort((a, b) => byCodeUnit(a.setOn, b.setOn));
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
  const clean = goalText(text);
  await mutate(store, ['goals'], (write) => write.update('goals', id, { text: clean }));
}

/** Every goal of a student, active and past, oldest first. */
export function goalsOf(studentId: string, store: Store = appStore()): Promise<GoalRecord[]> {
  return read(store, async () => {
    const goals = await store.db.goals.where('studentId').equals(studentId).toArray();
    return goals.filter((g) => g.deleted === 0).sort((a, b) => byCodeUnit(a.setOn, b.setOn));
  });
}
