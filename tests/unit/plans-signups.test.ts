import { describe, expect, it } from 'vitest';
import {
  addSignup,
  addStudents,
  carryPlanForward,
  createClass,
  EMPTY_CONFERENCE,
  getPlan,
  goalsOf,
  logConference,
  openSignups,
  planId,
  removeSignup,
  rewordGoal,
  savePlan,
  setGoal,
  setGoalRevisit,
  setGoalStatus,
} from '../../src/data/index.ts';
import { freshStore } from './helpers.ts';

async function room() {
  const store = freshStore();
  const klass = await createClass({ name: 'Room 3', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
  const kids = await addStudents(klass.id, ['Ana', 'Ben', 'Cy'], store);
  return { store, klass, ids: kids.map((k) => k.id) as [string, string, string] };
}

describe('sign-up queue', () => {
  it('keeps one open sign-up per student, first asked first, cleared by the next conference', async () => {
    const { store, klass, ids } = await room();
    await addSignup(klass.id, ids[1], 'How do you spell…?', store);
    await addSignup(klass.id, ids[0], '', store);
    await addSignup(klass.id, ids[1], 'I’m done!', store);
    const open = await openSignups(klass.id, store);
    expect(open.map((s) => [s.studentId, s.reason])).toEqual([
      [ids[1], 'I’m done!'],
      [ids[0], ''],
    ]);
    await logConference({ ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ids[1]] }, store);
    expect((await openSignups(klass.id, store)).map((s) => s.studentId)).toEqual([ids[0]]);
    await removeSignup(open[1]?.id as string, store);
    expect(await openSignups(klass.id, store)).toEqual([]);
  });
});

describe('weekly plan', () => {
  it('saves a loose plan, refuses an impossible one, and carries it to the next week', async () => {
    const { store, klass, ids } = await room();
    await savePlan(
      klass.id,
      '2026-11-23',
      [
        { kind: 'conference', studentIds: [ids[0]], day: 0, note: '' },
        { kind: 'group', studentIds: [ids[1], ids[2]], day: null, note: 'transitions' },
      ],
      store,
    );
    await expect(
      savePlan(klass.id, '2026-11-23', [{ kind: 'group', studentIds: [ids[0]], day: 1, note: '' }], store),
    ).rejects.toThrow(/two or more/);
    await expect(
      savePlan(
        klass.id,
        '2026-11-23',
        [{ kind: 'conference', studentIds: [ids[0]], day: 6, note: '' }],
        store,
      ),
    ).rejects.toThrow(/Monday to Friday/);
    await carryPlanForward(klass.id, '2026-11-23', '2026-11-30', store);
    const next = await getPlan(klass.id, '2026-11-30', store);
    expect(next?.id).toBe(planId(klass.id, '2026-11-30'));
    expect(next?.entries.map((e) => [e.kind, e.day, e.studentIds.length])).toEqual([
      ['conference', 0, 1],
      ['group', null, 2],
    ]);
  });
});

describe('goal sheet', () => {
  it('marks goals met or revised, keeps them in the history, rewords and dates a revisit', async () => {
    const { store, klass, ids } = await room();
    const [first] = await setGoal(
      {
        classId: klass.id,
        studentIds: [ids[0]],
        text: 'Add words to drafts',
        patternId: 'k2-19',
        setOn: '2026-09-01',
      },
      store,
    );
    await setGoal(
      {
        classId: klass.id,
        studentIds: [ids[0]],
        text: 'Use the word wall',
        patternId: null,
        setOn: '2026-10-01',
      },
      store,
    );
    await setGoalStatus(first?.id as string, 'met', store);
    await setGoalRevisit(first?.id as string, '2027-01-15', store);
    await expect(setGoalRevisit(first?.id as string, 'soon', store)).rejects.toThrow(/date/);
    await rewordGoal(first?.id as string, 'Add words, phrases, sentences', store);
    expect((await goalsOf(ids[0], store)).map((g) => [g.text, g.status, g.revisitOn])).toEqual([
      ['Add words, phrases, sentences', 'met', '2027-01-15'],
      ['Use the word wall', 'working', null],
    ]);
  });
});
