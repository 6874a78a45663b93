import { describe, expect, it } from 'vitest';
import {
  addStudents,
  conferencesOfClass,
  createClass,
  deleteConference,
  EMPTY_CONFERENCE,
  listStudents,
  logConference,
  moveStudent,
  pendingChanges,
} from '../../src/data/index.ts';
import { checkThresholds } from '../../src/features/settings/ThresholdsSection.tsx';
import { freshStore } from './helpers.ts';

const room = { name: 'Room 4', gradeBand: 'K-2' as const, schoolYear: '2026-2027' };

describe('roster order', () => {
  it('moves a student up and down by swapping positions, both synced', async () => {
    const store = freshStore();
    const klass = await createClass(room, store);
    const [ana, ben, carla] = await addStudents(klass.id, ['Ana', 'Ben', 'Carla'], store);
    const before = (await pendingChanges(store)).length;
    await moveStudent(carla?.id as string, -1, store);
    expect((await listStudents(klass.id, {}, store)).map((s) => s.name)).toEqual(['Ana', 'Carla', 'Ben']);
    const swap = (await pendingChanges(store)).slice(before);
    expect(swap.map((c) => [c.row, c.field, c.value])).toEqual([
      [carla?.id, 'position', 1],
      [ben?.id, 'position', 2],
    ]);
    await moveStudent(ana?.id as string, -1, store);
    expect((await pendingChanges(store)).length).toBe(before + 2);
    await moveStudent(ana?.id as string, 1, store);
    expect((await listStudents(klass.id, {}, store)).map((s) => s.name)).toEqual(['Carla', 'Ana', 'Ben']);
  });

  it('keeps each class to its own students and conferences', async () => {
    const store = freshStore();
    const one = await createClass(room, store);
    const two = await createClass({ ...room, name: 'Room 5' }, store);
    const [ana] = await addStudents(one.id, ['Ana'], store);
    const [zed] = await addStudents(two.id, ['Zed'], store);
    const kept = await logConference(
      { ...EMPTY_CONFERENCE, classId: one.id, studentIds: [ana?.id as string] },
      store,
    );
    const gone = await logConference(
      { ...EMPTY_CONFERENCE, classId: one.id, studentIds: [ana?.id as string] },
      store,
    );
    await logConference({ ...EMPTY_CONFERENCE, classId: two.id, studentIds: [zed?.id as string] }, store);
    await deleteConference(gone.id, store);
    expect((await conferencesOfClass(one.id, store)).map((c) => c.id)).toEqual([kept.id]);
    expect((await listStudents(two.id, {}, store)).map((s) => s.name)).toEqual(['Zed']);
  });
});

describe('overdue thresholds', () => {
  it.each([
    [7, 14, null],
    [1, 2, null],
    [0, 14, /1 or more/],
    [7, 7, /after "due"/],
    [10, 5, /after "due"/],
    [7, 120, /at most 90/],
    [1.5, 14, /whole numbers/],
  ])('due %s, overdue %s', (due, overdue, expected) => {
    const result = checkThresholds(due, overdue);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});
