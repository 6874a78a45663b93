import { describe, expect, it } from 'vitest';
import { buildClassRecord } from '../../src/data/coverage.ts';
import {
  conferencesForGoal,
  revisitDue,
  sharedGoals,
  tooManyGoalsWarning,
} from '../../src/data/goalRules.ts';
import type { GoalRecord, SignupRecord } from '../../src/data/index.ts';
import { suggestGroups } from '../../src/features/goals/suggestGroups.ts';
import { buildNoteIndex, searchNotes } from '../../src/features/search/searchNotes.ts';
import { whosNext } from '../../src/features/week/whosNext.ts';
import { libraryFor } from '../../src/patterns/library.ts';
import { aConference, aStudent } from './records.ts';

// A fixed clock: Wednesday 25 November 2026, 10:00 local time.
const TODAY = new Date(2026, 10, 25, 10, 0);
const daysAgo = (d: number) => new Date(2026, 10, 25 - d, 9, 30).toISOString();
const base = { deleted: 0 as const, _clock: {} };
const student = (id: string, archived: 0 | 1 = 0) => aStudent(id, { name: `Kid ${id}`, archived });
const goal = (id: string, studentId: string, over: Partial<GoalRecord> = {}): GoalRecord => ({
  ...base,
  id,
  classId: 'c',
  studentId,
  text: 'Develop parts in drafts.',
  patternId: 'g38-03',
  setOn: '2026-09-01',
  status: 'working',
  revisitOn: null,
  ...over,
});
const conference = aConference;

describe('goal sheet rules', () => {
  it.each([
    [0, null],
    [3, null],
    [4, /already has 4 goals/],
    [6, /already has 6 goals/],
  ])('with %i active goals a new one warns: %s', (count, expected) => {
    const warning = tooManyGoalsWarning(count);
    if (expected === null) expect(warning).toBeNull();
    else expect(warning).toMatch(expected);
  });

  it('lists working goals whose revisit date has come, by local day, soonest first', () => {
    const goals = [
      goal('a', 's1', { revisitOn: '2026-11-25' }),
      goal('b', 's2', { revisitOn: '2026-11-26' }),
      goal('c', 's3', { revisitOn: '2026-10-01' }),
      goal('d', 's4', { revisitOn: '2026-10-01', status: 'met' }),
      goal('e', 's5', { revisitOn: null }),
      goal('f', 's6', { revisitOn: '2026-11-01', deleted: 1 }),
    ];
    expect(revisitDue(goals, TODAY).map((g) => g.id)).toEqual(['c', 'a']);
    // Just before midnight the same local day still counts; the next day adds "b".
    expect(revisitDue(goals, new Date(2026, 10, 25, 23, 59)).map((g) => g.id)).toEqual(['c', 'a']);
    expect(revisitDue(goals, new Date(2026, 10, 26, 0, 1)).map((g) => g.id)).toEqual(['c', 'a', 'b']);
  });

  it('finds the conferences linked to a goal, newest first', () => {
    const list = [
      conference('k1', ['s1'], daysAgo(10), { goalIds: ['a'] }),
      conference('k2', ['s1'], daysAgo(2), { goalIds: ['a', 'z'] }),
      conference('k3', ['s1'], daysAgo(1), { goalIds: ['z'] }),
      conference('k4', ['s1'], daysAgo(1), { goalIds: ['a'], deleted: 1 }),
    ];
    expect(conferencesForGoal('a', list).map((c) => c.id)).toEqual(['k2', 'k1']);
  });
});

describe('the room by need', () => {
  const students = [student('s1'), student('s2'), student('s3'), student('s4', 1)];
  const goals = [
    goal('a', 's1'),
    goal('b', 's2'),
    goal('c', 's4'),
    goal('d', 's3', { patternId: null, text: 'Use dialogue  to show feelings!' }),
    goal('e', 's1', { patternId: null, text: 'use dialogue to show feelings' }),
    goal('f', 's2', { patternId: null, text: 'Write detailed plans', status: 'met' }),
  ];

  it('groups active goals by pattern or by wording, active students only, most shared first', () => {
    expect(sharedGoals(goals, students).map((g) => [g.text, g.students.map((s) => s.id)])).toEqual([
      ['Develop parts in drafts.', ['s1', 's2']],
      ['Use dialogue  to show feelings!', ['s3', 's1']],
    ]);
  });

  it('suggests groups by shared goal (with the pattern’s teaching points) and by a shared recent next step', () => {
    const latest = new Map([
      ['s1', conference('k1', ['s1'], daysAgo(3), { nextStep: 'Add a time transition' })],
      ['s2', conference('k2', ['s2'], daysAgo(5), { nextStep: 'add a time transition.' })],
      ['s3', conference('k3', ['s3'], daysAgo(30), { nextStep: 'Add a time transition' })],
    ]);
    const groups = suggestGroups({
      goals,
      students,
      latest,
      patterns: libraryFor('3-8', []).visible,
      today: TODAY,
    });
    expect(groups.map((g) => [g.kind, g.label, g.studentIds])).toEqual([
      ['goal', 'Develop parts in drafts.', ['s1', 's2']],
      ['goal', 'Use dialogue  to show feelings!', ['s3', 's1']],
      ['next step', 'Add a time transition', ['s1', 's2']],
    ]);
    expect(groups[0]?.teachingPoints).toEqual([
      'Circle parts and “stretch” them out by envisioning them in your head',
    ]);
    expect(groups[1]?.teachingPoints).toEqual([]);
  });
});

describe('who’s next', () => {
  const students = ['a', 'b', 'c', 'd'].map((id) => student(id));
  const rows = buildClassRecord(
    students,
    [
      conference('1', ['a'], daysAgo(1)),
      conference('2', ['b'], daysAgo(20)),
      conference('3', ['c'], daysAgo(5)),
    ],
    TODAY,
    { due: 7, overdue: 14 },
  ).rows;
  const signup = (studentId: string, at: string): SignupRecord => ({
    ...base,
    id: `s-${studentId}`,
    classId: 'c',
    studentId,
    reason: '',
    at,
    clearedAt: null,
  });

  it('puts sign-ups first (first asked, first), then the plan, then the most overdue', () => {
    const queue = whosNext(rows, [signup('c', daysAgo(0)), signup('a', daysAgo(1))], ['b', 'a']);
    expect(queue.map((q) => [q.row.student.id, q.why])).toEqual([
      ['a', 'signed up'],
      ['c', 'signed up'],
      ['b', 'planned'],
      ['d', 'waiting'],
    ]);
  });

  it('without sign-ups or a plan it is who waited longest first, and not who was seen recently', () => {
    expect(whosNext(rows, [], []).map((q) => q.row.student.id)).toEqual(['d', 'b']);
  });
});

describe('searching notes', () => {
  const names = new Map([
    ['s1', 'José Núñez'],
    ['s2', 'Ana Lima'],
  ]);
  const notes = buildNoteIndex([
    conference('k1', ['s1'], new Date(2026, 10, 2, 9).toISOString(), {
      type: 'content',
      lenses: ['structure'],
      teachingPoint: 'Time transitions',
      goalIds: ['g1'],
    }),
    conference('k2', ['s2'], new Date(2026, 10, 20, 23, 30).toISOString(), {
      type: 'convention',
      lenses: ['conventions'],
      note: 'Stretching words',
    }),
    conference('k3', ['s1', 's2'], new Date(2026, 10, 21, 0, 10).toISOString(), {
      type: 'content',
      lenses: ['structure', 'voice'],
      nextStep: 'Try a transition',
    }),
    conference('k4', ['s2'], daysAgo(1), { teachingPoint: 'transitions', deleted: 1 }),
  ]);
  it.each([
    [{}, ['k3', 'k2', 'k1']],
    [{ text: 'transition' }, ['k3', 'k1']],
    [{ text: 'jose' }, ['k3', 'k1']],
    [{ text: 'NÚÑEZ transitions' }, ['k1']],
    [{ studentId: 's2' }, ['k3', 'k2']],
    [{ goalId: 'g1' }, ['k1']],
    [{ type: 'content' as const }, ['k3', 'k1']],
    [{ lens: 'voice' as const }, ['k3']],
    // Local days: 20 Nov 23:30 is the 20th, 21 Nov 00:10 is the 21st.
    [{ from: '2026-11-21' }, ['k3']],
    [{ to: '2026-11-20' }, ['k2', 'k1']],
    [{ from: '2026-11-03', to: '2026-11-20' }, ['k2']],
    [{ text: 'zebra' }, []],
  ])('%o finds %o', (filters, expected) => {
    expect(searchNotes(notes, filters, names).notes.map((c) => c.id)).toEqual(expected);
  });

  it('counts every match but returns at most the limit', () => {
    const result = searchNotes(notes, {}, names, 2);
    expect(result.total).toBe(3);
    expect(result.notes).toHaveLength(2);
  });
});
