// The class on screen, read at launch (main.tsx) before the first frame, on the app's own database.
import { describe, expect, it } from 'vitest';
import { type ClassRecord, createClass, setClassArchived } from '../../src/data/index.ts';
import { chooseClass, pickCurrent, startCurrentClass } from '../../src/state/currentClass.ts';
import { cached, provide, remember, watchCached } from '../../src/state/liveCache.ts';

describe('the class on screen at launch', () => {
  it('is the class she chose while it is active, else the first active one; the screens get the list', async () => {
    const room9 = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' });
    const room12 = await createClass({ name: 'Room 12', gradeBand: 'K-2', schoolYear: '2026-2027' });
    const shown: ClassRecord[][] = [];
    const stop = watchCached<ClassRecord[]>('classes', (list) => shown.push(list));

    expect((await startCurrentClass())?.id).toBe(room9.id);
    // A screen already showing the class list is given it; a screen mounting later starts from it.
    expect(shown.at(-1)?.map((c) => c.name)).toEqual(['Room 9', 'Room 12']);
    expect(cached<ClassRecord[]>('classes')?.map((c) => c.id)).toEqual([room9.id, room12.id]);

    await chooseClass(room12.id);
    expect((await startCurrentClass())?.id).toBe(room12.id);
    await setClassArchived(room12.id, true);
    expect((await startCurrentClass())?.id).toBe(room9.id);
    stop();
  });

  it('is none when she has no active class', () => {
    expect(pickCurrent([], 'gone')).toBeNull();
  });
});

describe('a value read at launch, given to its screen', () => {
  it('is given while the screen has nothing, never over what its own query gave', () => {
    const given: string[] = [];
    const stop = watchCached<string>('launch-test', (value) => given.push(value));
    provide('launch-test', 'read at launch');
    expect(cached('launch-test')).toBe('read at launch');
    // The screen's own query then answers: what it read began later, so it stays.
    remember('launch-test', 'the screen’s own read');
    provide('launch-test', 'a launch read answering late');
    expect(cached('launch-test')).toBe('the screen’s own read');
    expect(given).toEqual(['read at launch']);
    stop();
  });
});
