// CSV for report cards: parsed back, the files equal the data (accents, quotes, newlines, commas), a
// cell that starts like a formula is inert, Excel gets its byte-order mark, and the date range holds.
// Types, lenses, try-its and statuses read as on her screens, never as the codes they are stored as.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { addStudents, createClass, EMPTY_CONFERENCE, logConference, setGoal } from '../../src/data/index.ts';
import { conferencesCsv, goalsCsv, inert } from '../../src/features/settings/reportCsv.ts';
import { freshStore } from './helpers.ts';

const parse = (text: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('report-card CSV', () => {
  it('conferences and goals, parsed back, equal the data', async () => {
    const store = freshStore();
    const klass = await createClass({ name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    const [jose, mary] = await addStudents(klass.id, ['José Núñez', 'Mary-Kate "MK" O’Brien'], store);
    const [goal] = await setGoal(
      {
        classId: klass.id,
        studentIds: [jose?.id as string],
        text: 'Add detail, "show" it',
        patternId: null,
        setOn: '2026-11-02',
      },
      store,
    );
    await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [jose?.id as string, mary?.id as string],
        at: '2026-11-10T15:00:00.000Z',
        type: 'content',
        lenses: ['structure', 'voice'],
        compliment: 'You wrote, "the storm,\nit roared"',
        teachingPoint: '=HYPERLINK("http://evil")',
        tryIt: 'with support',
        nextStep: '+add a lead',
        goalIds: [goal?.id as string],
      },
      store,
    );
    await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [jose?.id as string],
        at: '2026-09-01T15:00:00.000Z',
        note: 'before the range',
      },
      store,
    );

    const text = await conferencesCsv({ classId: null, from: '2026-10-01', to: '2026-11-30' }, store);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parse(text);
    expect(header).toEqual([
      'Class',
      'Student',
      'Date',
      'Type',
      'Lenses',
      'Strength named',
      'Teaching point',
      'Try it',
      'Next step',
      'Goals',
    ]);
    expect(rows).toEqual([
      [
        'Room 12',
        'José Núñez',
        '2026-11-10',
        'Content',
        'Structure, Voice',
        'You wrote, "the storm,\nit roared"',
        `'=HYPERLINK("http://evil")`,
        'With support',
        "'+add a lead",
        'Add detail, "show" it',
      ],
      [
        'Room 12',
        'Mary-Kate "MK" O’Brien',
        '2026-11-10',
        'Content',
        'Structure, Voice',
        'You wrote, "the storm,\nit roared"',
        `'=HYPERLINK("http://evil")`,
        'With support',
        "'+add a lead",
        'Add detail, "show" it',
      ],
    ]);

    const goals = parse(await goalsCsv({ classId: klass.id, from: '2026-10-01', to: '2026-11-30' }, store));
    expect(goals).toEqual([
      ['Class', 'Student', 'Goal', 'Status', 'Set on', 'Revisit on'],
      ['Room 12', 'José Núñez', 'Add detail, "show" it', 'Working on it', '2026-11-02', ''],
    ]);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('makes %j inert as %j', (cell, expected) => {
    expect(inert(cell)).toBe(expected);
  });
});
