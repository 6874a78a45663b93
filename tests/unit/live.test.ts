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

/** The first `count` values of a live query; `first` resolves once it has answered at all. */
function nextValues<T>(query: () => Promise<T>, count: number, store: Store) {
  let answered: () => void = () => undefined;
  const first = new Promise<void>((resolve) => {
    answered = resolve;
  });
  const all = new Promise<T[]>((resolve, reject) => {
    const seen: T[] = [];
    const subscription = observe(query, store).subscribe({
      next: (value) => {
        seen.push(value);
        answered();
        if (seen.length === count) {
          subscription.unsubscribe();
          resolve(seen);
        }
      },
      error: reject,
    });
  });
  return { first, all };
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
    await values.first;
    await setGoal(
      { classId: klass.id, studentIds: [ana?.id as string], text: 'Goal', patternId: null },
      store,
    );
    expect(await values.all).toEqual([
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
    await values.first;
    await setGoal(
      { classId: klass.id, studentIds: [ana?.id as string], text: 'Goal', patternId: null },
      store,
    );
    expect(await values.all).toEqual([0, 1]);
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
