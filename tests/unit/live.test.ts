import { describe, expect, it, vi } from 'vitest';
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

describe('the kept views of a screen under the sheet', () => {
  it('tells a mounted screen of an update to its kept value, and no longer once it has gone', async () => {
    const { remember, updateCached, watchCached, cached } = await import('../../src/state/liveCache.ts');
    remember('week:class-a:2026-11-23', { boxes: 1 });
    remember('week:class-b:2026-11-23', { boxes: 5 });
    remember('students:class-a', { boxes: 0 });
    const told: unknown[] = [];
    const stop = watchCached('week:class-a:2026-11-23', (value) => told.push(value));
    updateCached<{ boxes: number }>('week:', (view) => ({ boxes: view.boxes + 1 }));
    expect(told).toEqual([{ boxes: 2 }]);
    expect(cached('week:class-b:2026-11-23')).toEqual({ boxes: 6 });
    expect(cached('students:class-a')).toEqual({ boxes: 0 });
    stop();
    updateCached<{ boxes: number }>('week:', (view) => ({ boxes: view.boxes + 1 }));
    expect(told).toEqual([{ boxes: 2 }]);
    expect(cached('week:class-a:2026-11-23')).toEqual({ boxes: 3 });
  });
});

describe('what waits for the first screen', () => {
  it('runs after the first screen has painted, or after the longest wait, once', async () => {
    // Node has no frames: one is a turn of the timers here, and the timers are the test's.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames = globalThis as unknown as { requestAnimationFrame?: (run: () => void) => number };
    const had = frames.requestAnimationFrame;
    frames.requestAnimationFrame = (run) => setTimeout(run, 0) as unknown as number;
    try {
      const { afterFirstScreen, firstScreenShown } = await import('../../src/state/firstScreen.ts');
      const ran: string[] = [];
      afterFirstScreen(() => ran.push('preload'), 10_000);
      await vi.advanceTimersByTimeAsync(20);
      expect(ran).toEqual([]);
      firstScreenShown();
      expect(ran).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(ran).toEqual(['preload']);
      firstScreenShown();
      afterFirstScreen(() => ran.push('later'));
      await vi.advanceTimersByTimeAsync(1);
      expect(ran).toEqual(['preload', 'later']);
      // The longest wait, passed, runs nothing twice.
      await vi.advanceTimersByTimeAsync(10_000);
      expect(ran).toEqual(['preload', 'later']);
    } finally {
      frames.requestAnimationFrame = had;
      vi.useRealTimers();
    }
  });

  it('with no screen saying it has painted, releases the wait after its longest moment', async () => {
    vi.resetModules();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const frames = globalThis as unknown as { requestAnimationFrame?: (run: () => void) => number };
    const had = frames.requestAnimationFrame;
    frames.requestAnimationFrame = (run) => setTimeout(run, 0) as unknown as number;
    try {
      const { afterFirstScreen } = await import('../../src/state/firstScreen.ts');
      const ran: string[] = [];
      afterFirstScreen(() => ran.push('late'), 1500);
      await vi.advanceTimersByTimeAsync(1499);
      expect(ran).toEqual([]);
      await vi.advanceTimersByTimeAsync(10);
      expect(ran).toEqual(['late']);
    } finally {
      frames.requestAnimationFrame = had;
      vi.useRealTimers();
    }
  });
});
