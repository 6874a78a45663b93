// What the paper forms hold, read from the real data layer: the 9-kid form's boxes carry that week's
// conferences of the right child; the notes form fills its three columns oldest first; dates are in the
// teacher's words; the parent summary is about one child (every other child's name becomes "a classmate").
import { describe, expect, it } from 'vitest';
import { addAssessment } from '../../src/data/assessments.ts';
import { day, shortDay } from '../../src/data/dates.ts';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  saveGrid,
  setGoal,
  setGoalStatus,
} from '../../src/data/index.ts';
import { nineKidBoxes } from '../../src/features/print/paperNotes.ts';
import {
  nineKidSheet,
  notesSheet,
  parentSummary,
  withoutClassmates,
} from '../../src/features/print/printData.ts';
import { freshStore } from './helpers.ts';
import { aConference, aStudent } from './records.ts';

const ISO_DAY = /\d{4}-\d{2}-\d{2}/;

describe('a classmate, not a name', () => {
  const ana = aStudent('a', { name: 'Ana Lima' });
  const classmates = [
    ana,
    aStudent('b', { name: 'Ben Okafor' }),
    aStudent('j', { name: 'José Núñez' }),
    aStudent('n', { name: 'Anabel Cruz' }),
  ];
  it.each([
    ['You helped Ben Okafor with his lead.', 'You helped a classmate with his lead.'],
    ['Ben and José read it together.', 'a classmate and a classmate read it together.'],
    ['Ask Anabel about her ending.', 'Ask a classmate about her ending.'],
    ['Ana reread her lead.', 'Ana reread her lead.'],
    ['Bent the rules; Benjamin?', 'Bent the rules; Benjamin?'],
  ])('%j → %j', (text, expected) => {
    expect(withoutClassmates(text, classmates, ana)).toBe(expected);
  });
});

async function aRoom() {
  const store = freshStore();
  const klass = await createClass({ name: 'Room 3', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const [ana, ben, carla] = (
    await addStudents(klass.id, ['Ana Lima', 'Ben Okafor', 'Carla Diaz'], store)
  ).map((s) => s.id) as [string, string, string];
  const log = (studentIds: string[], at: string, over: Partial<typeof EMPTY_CONFERENCE> = {}) =>
    logConference({ ...EMPTY_CONFERENCE, classId: klass.id, studentIds, at, ...over }, store);
  return { store, klass, ana, ben, carla, log };
}

describe('the 9-kid form, filled in', () => {
  it('puts each conference of the week in its child’s box, oldest first; other weeks stay out', async () => {
    const { store, klass, ana, ben, carla, log } = await aRoom();
    // The week of Monday Nov 30, 2026 (local days: the week is hers, wherever UTC is).
    await saveGrid(klass.id, '2026-11-30', [ben, null, ana], store);
    await log([ana], new Date(2026, 11, 3, 10).toISOString(), {
      teachingPoint: 'Stretch the most important part',
      nextStep: 'Add dialogue',
    });
    await log([ana, ben], new Date(2026, 10, 30, 9).toISOString(), { teachingPoint: 'Reread as a reader' });
    await log([ana], new Date(2026, 10, 29, 14).toISOString(), { teachingPoint: 'The Sunday before' });
    await log([ana], new Date(2026, 11, 7, 9).toISOString(), { teachingPoint: 'The Monday after' });
    await log([carla], new Date(2026, 11, 1, 9).toISOString(), { teachingPoint: 'Not in the grid' });
    // The goal she is working on is in her box, as on This week; a met one is not.
    await setGoal(
      { classId: klass.id, studentIds: [ana], text: 'Focus on one moment', patternId: null },
      store,
    );
    const [met] = await setGoal(
      { classId: klass.id, studentIds: [ben], text: 'Add a lead', patternId: null },
      store,
    );
    await setGoalStatus(met?.id as string, 'met', store);

    const sheet = await nineKidSheet(klass.id, '2026-11-30', store);
    expect(sheet.hasGrid).toBe(true);
    expect(sheet.boxes).toHaveLength(9);
    expect(sheet.boxes.map((b) => b.name)).toEqual(['Ben Okafor', '', 'Ana Lima', '', '', '', '', '', '']);
    const [benBox, , anaBox] = sheet.boxes;
    expect(anaBox?.notes.map((n) => [n.point, n.next])).toEqual([
      ['Reread as a reader', ''],
      ['Stretch the most important part', 'Add dialogue'],
    ]);
    expect(anaBox?.notes.map((n) => n.when)).toEqual([
      shortDay(new Date(2026, 10, 30, 9)),
      shortDay(new Date(2026, 11, 3, 10)),
    ]);
    expect(benBox?.notes.map((n) => n.point)).toEqual(['Reread as a reader']);
    expect(anaBox?.goals).toEqual(['Focus on one moment']);
    expect(benBox?.goals).toEqual([]);
    expect(sheet.boxes.flatMap((b) => b.notes).map((n) => n.point)).not.toContain('Not in the grid');
  });

  it('a week without a grid: nine empty boxes', async () => {
    const { store, klass } = await aRoom();
    const sheet = await nineKidSheet(klass.id, '2026-11-30', store);
    expect(sheet.hasGrid).toBe(false);
    expect(sheet.boxes).toEqual(Array.from({ length: 9 }, () => ({ name: '', goals: [], notes: [] })));
  });

  it('a conference with no teaching point shows what else she wrote', () => {
    const [box] = nineKidBoxes(
      ['a'],
      [aStudent('a', { name: 'Ana' })],
      [
        aConference('1', ['a'], '2026-12-01T15:00:00.000Z', { note: 'Read her piece aloud\nthen stopped' }),
        aConference('2', ['a'], '2026-12-02T15:00:00.000Z', { compliment: 'Your ending surprises' }),
      ],
      [],
      (at) => at.slice(5, 10),
    );
    expect(box?.notes.map((n) => [n.when, n.point, n.strength])).toEqual([
      ['12-01', 'Read her piece aloud', ''],
      ['12-02', '', 'Your ending surprises'],
    ]);
  });
});

describe('Conference Notes | Goals | Assessment Notes', () => {
  it('fills all three columns oldest first, with dates and statuses in her words', async () => {
    const { store, klass, ana, log } = await aRoom();
    await log([ana], '2026-11-10T15:00:00.000Z', {
      type: 'content',
      compliment: 'Your lead pulls me in',
      teachingPoint: 'Stretch the most important part',
      tryIt: 'with support',
      nextStep: 'Add dialogue',
    });
    await log([ana], '2026-10-02T15:00:00.000Z', { teachingPoint: 'Plan across pages' });
    const [goal] = await setGoal(
      {
        classId: klass.id,
        studentIds: [ana],
        text: 'Focus on one moment',
        patternId: null,
        setOn: '2026-09-20',
      },
      store,
    );
    await setGoalStatus(goal?.id as string, 'met', store);
    await setGoal(
      { classId: klass.id, studentIds: [ana], text: 'Elaborate', patternId: null, setOn: '2026-10-15' },
      store,
    );
    await addAssessment(
      { classId: klass.id, studentId: ana, text: 'Writes dialogue', on: '2026-11-20' },
      store,
    );
    await addAssessment(
      { classId: klass.id, studentId: ana, text: 'Stamina: 20 min', on: '2026-09-05' },
      store,
    );

    const sheet = await notesSheet(ana, store);
    expect(sheet?.name).toBe('Ana Lima');
    expect(sheet?.className).toBe('Room 3');
    expect(sheet?.dates).toEqual({ from: day('2026-09-05'), to: day('2026-11-20') });
    expect(sheet?.conferences.map((c) => [c.point, c.type, c.tryIt, c.next])).toEqual([
      ['Plan across pages', '', '', ''],
      ['Stretch the most important part', 'Content', 'With support', 'Add dialogue'],
    ]);
    expect(sheet?.goals.map((g) => [g.text, g.status, g.setOn])).toEqual([
      ['Focus on one moment', 'Met', day('2026-09-20')],
      ['Elaborate', 'Working on it', day('2026-10-15')],
    ]);
    expect(sheet?.assessments.map((a) => [a.on, a.text])).toEqual([
      [day('2026-09-05'), 'Stamina: 20 min'],
      [day('2026-11-20'), 'Writes dialogue'],
    ]);
    expect(JSON.stringify(sheet)).not.toMatch(ISO_DAY);
  });
});

describe('the parent summary', () => {
  it('names the class, the school year and the day; statuses in her words; no other child', async () => {
    const { store, klass, ana, log } = await aRoom();
    await setGoal(
      {
        classId: klass.id,
        studentIds: [ana],
        text: 'Add dialogue, as Carla did',
        patternId: null,
        setOn: '2026-10-15',
      },
      store,
    );
    await log([ana], '2026-11-10T15:00:00.000Z', { compliment: 'You helped Ben Okafor find his lead' });
    const summary = await parentSummary(ana, new Date(2026, 11, 5), store);
    expect(summary?.className).toBe('Room 3');
    expect(summary?.schoolYear).toBe('2026-2027');
    expect(summary?.printedOn).toBe(day('2026-12-05'));
    expect(summary?.goals).toEqual([
      { text: 'Add dialogue, as a classmate did', status: 'Working on it', setOn: day('2026-10-15') },
    ]);
    expect(summary?.strengths.map((s) => s.text)).toEqual(['You helped a classmate find his lead']);
  });
});
