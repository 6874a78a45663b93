import { describe, expect, it } from 'vitest';
import { formatElapsed, timerPhase } from '../../src/data/conferenceTime.ts';
import { buildClassRecord } from '../../src/data/coverage.ts';
import type { PatternRecord } from '../../src/data/index.ts';
import {
  anotherMove,
  goalProgress,
  ordinal,
  repeatWarnings,
} from '../../src/features/conference/repeatWarning.ts';
import { proposeGrid } from '../../src/features/week/proposeGrid.ts';
import { GRADES_3_8_PATTERNS } from '../../src/patterns/grades3to8.ts';
import { K2_PATTERNS } from '../../src/patterns/k2.ts';
import { byTopic, libraryFor, searchPatterns } from '../../src/patterns/library.ts';
import { aConference, aStudent } from './records.ts';

describe('pattern tables (seed 002)', () => {
  it.each([
    ['K-2', K2_PATTERNS],
    ['3-8', GRADES_3_8_PATTERNS],
  ] as const)('%s has all 26 rows, every cell filled, unique ids, the right band', (band, rows) => {
    expect(rows).toHaveLength(26);
    expect(new Set(rows.map((r) => r.id)).size).toBe(26);
    for (const row of rows) {
      expect(row.band).toBe(band);
      for (const cell of [row.see, row.goal, row.teachingPoints]) {
        expect(cell.trim().length).toBeGreaterThan(5);
        expect(cell).not.toMatch(/\s{2,}|\n/);
      }
    }
  });

  it('keeps the rows where the two bands differ in the source', () => {
    expect(K2_PATTERNS.some((r) => r.see.startsWith('The student is having trouble with writing text'))).toBe(
      true,
    );
    expect(GRADES_3_8_PATTERNS.some((r) => r.see === 'The student writes a simple, but sketchy plan.')).toBe(
      true,
    );
    expect(K2_PATTERNS[15]?.teachingPoints).toBe(
      'Sketching across pages; talking out each part; writing a simple plan.',
    );
    expect(GRADES_3_8_PATTERNS[15]?.teachingPoints).toBe('Flow charts; webs; outlines; etc.');
    expect(K2_PATTERNS[0]).toMatchObject({
      see: 'The student writes “all about” a topic',
      goal: 'Include parts in pieces that develop meaning',
    });
  });
});

const record = (over: Partial<PatternRecord>): PatternRecord => ({
  id: 'x',
  band: 'K-2',
  see: 'see',
  goal: 'goal',
  teachingPoints: 'tp',
  hidden: 0,
  deleted: 0,
  _clock: {},
  ...over,
});

describe('pattern library', () => {
  it('applies her edits, hides what she hid, and adds her own rows after the built-in ones', () => {
    const library = libraryFor('K-2', [
      record({
        id: 'k2-03',
        see: K2_PATTERNS[2]?.see,
        goal: 'Develop the heart of the story',
        teachingPoints: K2_PATTERNS[2]?.teachingPoints,
      }),
      record({ id: 'k2-05', ...K2_PATTERNS[4], hidden: 1 }),
      record({
        id: '019a-own',
        see: 'Writes only dialogue',
        goal: 'Balance dialogue with action',
        teachingPoints: 'Act it out',
      }),
      record({ id: '019b-gone', deleted: 1 }),
      record({ id: '019c-other-band', band: '3-8' }),
    ]);
    expect(library.visible).toHaveLength(26);
    expect(library.hidden.map((p) => p.id)).toEqual(['k2-05']);
    expect(library.visible.find((p) => p.id === 'k2-03')).toMatchObject({
      goal: 'Develop the heart of the story',
      edited: true,
    });
    expect(library.visible.at(-1)).toMatchObject({ id: '019a-own', own: true });
  });

  it('searches every column, ignoring case, quotes and accents', () => {
    const rows = libraryFor('3-8', []).visible;
    expect(searchPatterns(rows, 'TRANSITIONS').map((p) => p.id)).toEqual(['g38-05']);
    expect(searchPatterns(rows, 'all about').map((p) => p.id)).toEqual(['g38-01']);
    expect(searchPatterns(rows, 'post-it spiderlegs').map((p) => p.id)).toEqual(['g38-20']);
    expect(searchPatterns(rows, 'done').map((p) => p.id)).toEqual(['g38-19']);
    expect(searchPatterns(rows, '   ')).toHaveLength(26);
    expect(searchPatterns(rows, 'zebra')).toEqual([]);
    // A heading she can see finds every row under it.
    const conventions = byTopic(rows).find((g) => g.topic === 'Conventions')?.patterns ?? [];
    expect(conventions.length).toBeGreaterThan(1);
    expect(searchPatterns(rows, 'conventions').map((p) => p.id)).toEqual(
      expect.arrayContaining(conventions.map((p) => p.id)),
    );
  });
});

describe('repeating last time', () => {
  const last = {
    compliment: 'You used dialogue to show feelings.',
    teachingPoint: 'Stretch out the important part',
  };
  it('warns of the same strength, not of the same teaching point', () => {
    expect(
      repeatWarnings({ compliment: 'you used dialogue to show feelings', teachingPoint: 'x' }, last),
    ).toEqual(['Same strength as last time: is there another to name?']);
    expect(
      repeatWarnings({ compliment: 'Strong lead', teachingPoint: '“Stretch out the important part.”' }, last),
    ).toEqual([]);
    expect(repeatWarnings({ compliment: '', teachingPoint: '' }, last)).toEqual([]);
    expect(repeatWarnings({ compliment: 'x', teachingPoint: 'y' }, null)).toEqual([]);
  });

  it('suggests another teaching move when the teaching point comes back (seed 002: stay with a goal)', () => {
    expect(anotherMove({ compliment: '', teachingPoint: '“Stretch out the important part.”' }, last)).toMatch(
      /^Same teaching point as last time: good, stay with it\. Teach it another way this time: demonstrate it/,
    );
    expect(anotherMove({ compliment: '', teachingPoint: 'Add a transition' }, last)).toBeNull();
    expect(anotherMove({ compliment: '', teachingPoint: 'x' }, null)).toBeNull();
  });

  it('counts which conference on each linked goal this is', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
    expect(
      goalProgress(
        [
          { id: 'g1', text: 'Develop parts in drafts.' },
          { id: 'g2', text: 'Use endmarks' },
        ],
        { g1: 2 },
      ),
    ).toEqual([
      '3rd conference on this goal: Develop parts in drafts.',
      '1st conference on this goal: Use endmarks',
    ]);
  });
});

describe('9-kid grid proposal', () => {
  const student = (id: string) => aStudent(id);
  const now = new Date(2026, 10, 25, 10);
  const ids = 'abcdefghijkl'.split('');
  const conf = (studentId: string, daysAgo: number) =>
    aConference(`c-${studentId}`, [studentId], new Date(2026, 10, 25 - daysAgo, 9).toISOString());
  // a..l seen 1..12 days ago; "l" the longest ago.
  const rows = buildClassRecord(
    ids.map(student),
    ids.map((id, i) => conf(id, i + 1)),
    now,
    { due: 7, overdue: 14 },
  ).rows;

  it('takes the nine most overdue', () => {
    expect(proposeGrid(rows)).toEqual(['l', 'k', 'j', 'i', 'h', 'g', 'f', 'e', 'd']);
  });

  it('puts sign-ups first, then the plan, without repeats or unknown students', () => {
    expect(proposeGrid(rows, ['a', 'b', 'zz'], ['c', 'a'])).toEqual([
      'a',
      'b',
      'c',
      'l',
      'k',
      'j',
      'i',
      'h',
      'g',
    ]);
  });

  it('proposes fewer than nine in a small class', () => {
    expect(proposeGrid(rows.slice(0, 4))).toEqual(['d', 'c', 'b', 'a']);
  });
});

describe('conference timer', () => {
  it.each([
    [0, 'early', '0:00'],
    [4 * 60_000 + 59_000, 'early', '4:59'],
    [5 * 60_000, 'on-target', '5:00'],
    [7 * 60_000, 'on-target', '7:00'],
    [7 * 60_000 + 1000, 'over', '7:01'],
    [65 * 60_000, 'over', '65:00'],
  ] as const)('%i ms is %s, shown as %s', (ms, phase, shown) => {
    expect(timerPhase(ms)).toBe(phase);
    expect(formatElapsed(ms)).toBe(shown);
  });
});

describe('the grid after a save', () => {
  it('shows the committed conference in its students’ boxes at once', async () => {
    const { withSavedConference } = await import('../../src/features/week/weekData.ts');
    const student = (id: string) => aStudent(id);
    const older = { id: 'old', at: '2026-11-01T09:00:00.000Z', teachingPoint: 'old' };
    const view = {
      hasGrid: true,
      students: [],
      boxes: [
        { index: 0, student: student('a'), last: older, goal: null, seenThisWeek: false, unsaved: true },
        { index: 1, student: student('b'), last: null, goal: null, seenThisWeek: false, unsaved: false },
        { index: 2, student: null, last: null, goal: null, seenThisWeek: false, unsaved: false },
      ],
    } as unknown as Parameters<typeof withSavedConference>[0];
    const saved = {
      id: 'new',
      studentIds: ['a'],
      at: new Date().toISOString(),
      teachingPoint: 'Stretch the heart',
    } as unknown as Parameters<typeof withSavedConference>[1];
    const after = withSavedConference(view, saved);
    expect(after.boxes[0]).toMatchObject({ last: { id: 'new' }, seenThisWeek: true, unsaved: false });
    expect(after.boxes[1]).toEqual(view.boxes[1]);
    expect(after.boxes[2]).toEqual(view.boxes[2]);
  });
});
