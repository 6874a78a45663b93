import { describe, expect, it } from 'vitest';
import {
  activeGoalsOf,
  addPattern,
  addStudents,
  boxesOf,
  createClass,
  deleteConference,
  draftKeys,
  EMPTY_CONFERENCE,
  getGrid,
  gridId,
  latestConferences,
  loadDraft,
  logConference,
  openSignups,
  patternRecords,
  pendingChanges,
  saveDraft,
  saveGrid,
  setGoal,
  setGridBox,
  setPatternHidden,
  updateConference,
} from '../../src/data/index.ts';
import { mutate } from '../../src/data/write.ts';
import { freshStore } from './helpers.ts';

async function classOf(names: string[]) {
  const store = freshStore();
  const klass = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const students = await addStudents(klass.id, names, store);
  return { store, klass, students };
}

describe('9-kid grid records', () => {
  it('keeps one grid per class and week, one synced field per box', async () => {
    const { store, klass, students } = await classOf(['Ana', 'Ben', 'Cy']);
    const [ana, ben, cy] = students.map((s) => s.id);
    await saveGrid(klass.id, '2026-11-23', [ana as string, ben as string], store);
    const before = (await pendingChanges(store)).length;
    await setGridBox(klass.id, '2026-11-23', 1, cy as string, store);
    const grid = await getGrid(klass.id, '2026-11-23', store);
    expect(grid?.id).toBe(gridId(klass.id, '2026-11-23'));
    expect(boxesOf(grid)).toEqual([ana, cy, null, null, null, null, null, null, null]);
    expect((await pendingChanges(store)).slice(before).map((c) => [c.row, c.field, c.value])).toEqual([
      [gridId(klass.id, '2026-11-23'), 'b1', cy],
    ]);
    await expect(setGridBox(klass.id, '2026-11-23', 9, null, store)).rejects.toThrow(RangeError);
  });

  it('creates the week’s grid when a box is set before it exists', async () => {
    const { store, klass, students } = await classOf(['Ana']);
    await setGridBox(klass.id, '2026-11-30', 4, students[0]?.id as string, store);
    expect(boxesOf(await getGrid(klass.id, '2026-11-30', store))[4]).toBe(students[0]?.id);
  });
});

describe('logging a conference', () => {
  it('clears the student’s open sign-up and the sheet’s draft in the same transaction', async () => {
    const { store, klass, students } = await classOf(['Ana', 'Ben']);
    const [ana, ben] = students;
    await mutate(store, ['signups'], async (write) => {
      await write.create('signups', {
        classId: klass.id,
        studentId: ana?.id as string,
        reason: 'I’m done!',
        at: '2026-11-23T09:00:00.000Z',
        clearedAt: null,
        deleted: 0,
      });
      await write.create('signups', {
        classId: klass.id,
        studentId: ben?.id as string,
        reason: '',
        at: '2026-11-23T09:01:00.000Z',
        clearedAt: null,
        deleted: 0,
      });
    });
    await saveDraft(`new:${ana?.id}`, { note: 'half written' }, store);
    expect(await draftKeys(store)).toEqual([`new:${ana?.id}`]);
    await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], draftKey: `new:${ana?.id}` },
      store,
    );
    expect(await loadDraft(`new:${ana?.id}`, store)).toBeUndefined();
    expect((await openSignups(klass.id, store)).map((s) => s.studentId)).toEqual([ben?.id]);
  });

  it('keeps the draft when the save fails', async () => {
    const { store, klass } = await classOf(['Ana']);
    await saveDraft('new:x', { note: 'keep me' }, store);
    await expect(
      logConference({ ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [], draftKey: 'new:x' }, store),
    ).rejects.toThrow();
    expect((await loadDraft('new:x', store))?.value).toEqual({ note: 'keep me' });
  });

  it('finds each student’s latest conference, recent or long ago, ignoring deleted ones', async () => {
    const { store, klass, students } = await classOf(['Ana', 'Ben', 'Cy']);
    const [ana, ben, cy] = students.map((s) => s.id as string);
    const log = (ids: string[], at: string, teachingPoint: string) =>
      logConference({ ...EMPTY_CONFERENCE, classId: klass.id, studentIds: ids, at, teachingPoint }, store);
    await log([ben as string], '2024-01-10T10:00:00.000Z', 'long ago');
    // More than the recent window of newer notes, all about Ana.
    for (let i = 0; i < 410; i++)
      await log(
        [ana as string],
        `2026-10-01T10:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000Z`,
        `point ${i}`,
      );
    const deleted = await log([ana as string], '2026-11-20T10:00:00.000Z', 'deleted');
    await updateConference(deleted.id, { teachingPoint: 'still deleted' }, store);
    await mutate(store, ['conferences'], (write) => write.remove('conferences', deleted.id));
    const latest = await latestConferences(klass.id, [ana as string, ben as string, cy as string], store);
    expect(latest.get(ana as string)?.teachingPoint).toBe('point 409');
    expect(latest.get(ben as string)?.teachingPoint).toBe('long ago');
    expect(latest.has(cy as string)).toBe(false);
  });

  it('finds each child’s latest note however far back, in the future, or behind a deleted one', async () => {
    const names = ['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay'];
    const { store, klass, students } = await classOf(names);
    const ids = students.map((s) => s.id as string);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const log = (i: number, days: number, teachingPoint: string) =>
      logConference(
        {
          ...EMPTY_CONFERENCE,
          classId: klass.id,
          studentIds: [ids[i] as string],
          at: daysAgo(days),
          teachingPoint,
        },
        store,
      );
    await log(0, 40, 'Ana before');
    await log(0, 3, 'Ana latest');
    await log(1, 30, 'Ben latest');
    await log(2, 300, 'Cy latest');
    await log(3, -2, 'Dee latest'); // another iPad's clock runs ahead
    await log(4, 5 * 365, 'Eve latest');
    await log(5, 100, 'Fay latest');
    const gone = await log(5, 1, 'Fay deleted');
    await deleteConference(gone.id, store);
    const latest = await latestConferences(klass.id, ids, store);
    expect(ids.map((id) => latest.get(id)?.teachingPoint)).toEqual(names.map((name) => `${name} latest`));
  });
});

describe('goals and patterns', () => {
  it('sets one goal for each student of a group, working, dated today', async () => {
    const { store, klass, students } = await classOf(['Ana', 'Ben']);
    const made = await setGoal(
      {
        classId: klass.id,
        studentIds: students.map((s) => s.id),
        text: ' Develop parts in drafts. ',
        patternId: 'g38-03',
        setOn: '2026-11-23',
      },
      store,
    );
    expect(made).toHaveLength(2);
    expect(
      (await activeGoalsOf(students[1]?.id as string, store)).map((g) => [
        g.text,
        g.status,
        g.setOn,
        g.patternId,
      ]),
    ).toEqual([['Develop parts in drafts.', 'working', '2026-11-23', 'g38-03']]);
    await expect(
      setGoal({ classId: klass.id, studentIds: ['x'], text: '  ', patternId: null }, store),
    ).rejects.toThrow('The goal is empty.');
  });

  it('stores her own patterns and hides a built-in row under its own id', async () => {
    const store = freshStore();
    await addPattern(
      'K-2',
      { see: 'Writes only dialogue', goal: 'Balance dialogue and action', teachingPoints: 'Act it out' },
      store,
    );
    await setPatternHidden('k2-05', 'K-2', true, { see: 's', goal: 'g', teachingPoints: 't' }, store);
    const rows = await patternRecords('K-2', store);
    expect(rows.map((r) => [r.id === 'k2-05' ? 'k2-05' : 'own', r.hidden]).sort()).toEqual([
      ['k2-05', 1],
      ['own', 0],
    ]);
    await expect(addPattern('K-2', { see: 'x', goal: '', teachingPoints: 'y' }, store)).rejects.toThrow(
      /all three/,
    );
    expect(await patternRecords('3-8', store)).toEqual([]);
  });
});
