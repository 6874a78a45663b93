import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  goalsOf,
  listStudents,
  observe,
  type Store,
  setGoal,
} from '../../src/data/index.ts';
import { touches } from '../../src/data/live.ts';
import { freshStore } from './helpers.ts';

function nextValues<T>(query: () => Promise<T>, count: number, store: Store): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const seen: T[] = [];
    const subscription = observe(query, store).subscribe({
      next: (value) => {
        seen.push(value);
        if (seen.length === count) {
          subscription.unsubscribe();
          resolve(seen);
        }
      },
      error: reject,
    });
  });
}

describe('live queries', () => {
  it('re-run after a write to what they read, also inside Promise.all', async () => {
    const store = freshStore();
    const klass = await createClass({ name: 'R', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
    const [ana] = await addStudents(klass.id, ['Ana'], store);
    const values = nextValues(
      async () => {
        const [students, goals] = await Promise.all([
          listStudents(klass.id, {}, store),
          goalsOf(ana?.id as string, store),
        ]);
        return { students: students.length, goals: goals.length };
      },
      2,
      store,
    );
    await new Promise((r) => setTimeout(r, 50));
    await setGoal(
      { classId: klass.id, studentIds: [ana?.id as string], text: 'Goal', patternId: null },
      store,
    );
    expect(await values).toEqual([
      { students: 1, goals: 0 },
      { students: 1, goals: 1 },
    ]);
  });
});

describe('live queries after sequential reads', () => {
  it('re-run when the read comes after two awaited reads', async () => {
    const store = freshStore();
    const klass = await createClass({ name: 'R', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
    const [ana] = await addStudents(klass.id, ['Ana'], store);
    const values = nextValues(
      async () => {
        await listStudents(klass.id, {}, store);
        await listStudents(klass.id, {}, store);
        const [goals] = await Promise.all([goalsOf(ana?.id as string, store)]);
        return goals.length;
      },
      2,
      store,
    );
    await new Promise((r) => setTimeout(r, 50));
    await setGoal(
      { classId: klass.id, studentIds: [ana?.id as string], text: 'Goal', patternId: null },
      store,
    );
    expect(await values).toEqual([0, 1]);
  });
});

describe('what a live query listens to', () => {
  it('re-runs for this store’s tables, not for the outbox, the clock or another database', () => {
    expect(touches({ 'idb://me/goals/studentId': {} as never }, 'me')).toBe(true);
    expect(touches({ 'idb://me/drafts/': {} as never }, 'me')).toBe(true);
    expect(touches({ 'idb://me/outbox/': {} as never, 'idb://me/meta/': {} as never }, 'me')).toBe(false);
    expect(touches({ 'idb://other/goals/': {} as never }, 'me')).toBe(false);
  });
});
