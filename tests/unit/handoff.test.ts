// The year-end hand-off: made from one class, read back, and imported into next year's class: new
// students added, names already there matched, unmet goals added as starting goals; a bad file refused.
import { describe, expect, it } from 'vitest';
import { buildHandoff, importHandoff } from '../../src/data/handoff.ts';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  goalsOfClass,
  listStudents,
  logConference,
  setGoal,
  setGoalStatus,
} from '../../src/data/index.ts';
import { nameKey, previewRoster } from '../../src/features/roster/rosterPreview.ts';
import { BadHandoffError, parseHandoff } from '../../src/protocol/handoff.ts';
import { freshStore } from './helpers.ts';

describe('the year-end hand-off', () => {
  it('round trip: this year’s class to next year’s', async () => {
    const store = freshStore();
    const year1 = await createClass(
      { name: 'Room 3 (2026)', gradeBand: 'K-2', schoolYear: '2026-2027' },
      store,
    );
    const [jose, mary] = await addStudents(year1.id, ['José Núñez', 'Mary Kate'], store);
    const [focus] = await setGoal(
      { classId: year1.id, studentIds: [jose?.id as string], text: 'Focus on one moment', patternId: null },
      store,
    );
    const [spell] = await setGoal(
      { classId: year1.id, studentIds: [jose?.id as string], text: 'Spell word-wall words', patternId: null },
      store,
    );
    await setGoalStatus(spell?.id as string, 'met', store);
    for (let i = 1; i <= 4; i++)
      await logConference(
        {
          ...EMPTY_CONFERENCE,
          classId: year1.id,
          studentIds: [jose?.id as string],
          at: `2026-11-0${i}T10:00:00.000Z`,
          teachingPoint: `point ${i}`,
          compliment: `strength ${i}`,
        },
        store,
      );
    const handoff = parseHandoff(JSON.parse(JSON.stringify(await buildHandoff(year1.id, store))));
    expect(handoff.students).toEqual([
      {
        name: 'José Núñez',
        goals: [
          { text: 'Focus on one moment', status: 'working' },
          { text: 'Spell word-wall words', status: 'met' },
        ],
        teachingPoints: ['point 4', 'point 3', 'point 2'],
        strengths: ['strength 4', 'strength 3', 'strength 2'],
      },
      { name: 'Mary Kate', goals: [], teachingPoints: [], strengths: [] },
    ]);
    expect(focus).toBeDefined();
    expect(mary).toBeDefined();

    // Next year: Mary Kate is already on the roster (typed with other spacing and case).
    const year2 = await createClass(
      { name: 'Room 5 (2027)', gradeBand: '3-8', schoolYear: '2027-2028' },
      store,
    );
    await addStudents(year2.id, ['mary  KATE'], store);
    const existing = (await listStudents(year2.id, {}, store)).map((s) => s.name);
    const preview = previewRoster(
      handoff.students.map((s, i) => ({ line: i + 1, raw: s.name })),
      existing,
    );
    expect(preview.rows.map((r) => [r.name, r.status])).toEqual([
      ['José Núñez', 'new'],
      ['Mary Kate', 'in-class'],
    ]);
    const result = await importHandoff(
      year2.id,
      handoff,
      preview.toAdd,
      (a, b) => nameKey(a) === nameKey(b),
      store,
    );
    expect(result).toEqual({ students: 1, goals: 1 });
    const students = await listStudents(year2.id, {}, store);
    expect(students.map((s) => s.name)).toEqual(['mary KATE', 'José Núñez']);
    const goals = await goalsOfClass(year2.id, store);
    expect(goals.map((g) => [students.find((s) => s.id === g.studentId)?.name, g.text, g.status])).toEqual([
      ['José Núñez', 'Focus on one moment', 'working'],
    ]);
  });

  it.each([
    ['another file', { format: 'x' }, /not a Conferring Clipboard hand-off/],
    ['another version', { format: 'conferring-clipboard-handoff', version: 9 }, /another version/],
    [
      'no students',
      { format: 'conferring-clipboard-handoff', version: 1, class: { name: 'R' } },
      /list of students is missing/,
    ],
    [
      'a goal with a made-up status',
      {
        format: 'conferring-clipboard-handoff',
        version: 1,
        class: { name: 'R' },
        students: [
          { name: 'Ana', goals: [{ text: 'x', status: 'done' }], teachingPoints: [], strengths: [] },
        ],
      },
      /a goal of Ana is not readable/,
    ],
  ])('refuses %s with words', (_label, raw, message) => {
    expect(() => parseHandoff(raw)).toThrow(BadHandoffError);
    expect(() => parseHandoff(raw)).toThrow(message);
  });
});
