// The year-end hand-off: for each student of a class, the goals with their status and the last three
// teaching points and strengths named, for next year's teacher; and its import into a new class, which
// adds the students it does not have yet and their unmet goals as starting goals, all in one transaction.

import type { Handoff } from '../protocol/handoff.ts';
import { HANDOFF_FORMAT, HANDOFF_VERSION } from '../protocol/handoff.ts';
import { localDay } from './dates.ts';
import { InvalidInputError } from './errors.ts';
import { byCodeUnit } from './order.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

/** The hand-off of a class, made from what is on this device. */
export function buildHandoff(classId: string, store: Store = appStore()): Promise<Handoff> {
  return read(store, async () => {
    const klass = await store.db.classes.get(classId);
    if (!klass) throw new InvalidInputError('That class no longer exists.');
    const students = (await store.db.students.where('classId').equals(classId).toArray())
      .filter((s) => s.deleted === 0)
      .sort((a, b) => a.position - b.position);
    const goals = (await store.db.goals.where('classId').equals(classId).toArray()).filter(
      (g) => g.deleted === 0,
    );
    const conferences = (await store.db.conferences.where('classId').equals(classId).toArray())
      .filter((c) => c.deleted === 0)
      .sort((a, b) => byCodeUnit(b.at, a.at));
    return {
      format: HANDOFF_FORMAT,
      version: HANDOFF_VERSION,
      madeAt: new Date().toISOString(),
      class: { name: klass.name, gradeBand: klass.gradeBand, schoolYear: klass.schoolYear },
      students: students.map((s) => {
        const theirs = conferences.filter((c) => c.studentIds.includes(s.id));
        return {
          name: s.name,
          goals: goals.filter((g) => g.studentId === s.id).map((g) => ({ text: g.text, status: g.status })),
          teachingPoints: theirs
            .map((c) => c.teachingPoint)
            .filter((t) => t.trim() !== '')
            .slice(0, 3),
          strengths: theirs
            .map((c) => c.compliment)
            .filter((t) => t.trim() !== '')
            .slice(0, 3),
        };
      }),
    };
  });
}

/**
 * Adds the hand-off's students to a class (those whose names are new to it) and every goal not met as a
 * starting goal, for new and matching students alike. All or nothing.
 */
export async function importHandoff(
  classId: string,
  handoff: Handoff,
  toAdd: readonly string[],
  matches: (name: string, existing: string) => boolean,
  store: Store = appStore(),
): Promise<{ students: number; goals: number }> {
  const setOn = localDay();
  return mutate(store, ['classes', 'students', 'goals'], async (write) => {
    const owner = await store.db.classes.get(classId);
    if (!owner || owner.deleted === 1) throw new InvalidInputError('That class no longer exists.');
    const existing = (await store.db.students.where('classId').equals(classId).toArray()).filter(
      (s) => s.deleted === 0,
    );
    let position = existing.reduce((n, s) => Math.max(n, s.position + 1), 0);
    const byName = [...existing];
    let students = 0;
    for (const name of toAdd) {
      byName.push(
        await write.create('students', { classId, name, archived: 0, position: position++, deleted: 0 }),
      );
      students += 1;
    }
    let goals = 0;
    for (const entry of handoff.students) {
      const student = byName.find((s) => matches(entry.name, s.name));
      if (!student) continue;
      for (const goal of entry.goals) {
        if (goal.status === 'met') continue;
        await write.create('goals', {
          classId,
          studentId: student.id,
          text: goal.text,
          patternId: null,
          setOn,
          status: 'working',
          revisitOn: null,
          deleted: 0,
        });
        goals += 1;
      }
    }
    return { students, goals };
  });
}
