import { describe, expect, it } from 'vitest';
import type { ConferenceRecord } from '../../src/data/index.ts';
import {
  buildClassRecord,
  coverageOf,
  sortRows,
  weeklyCoverage,
} from '../../src/features/classes/classRecord.ts';
import { aConference, aStudent } from './records.ts';

// Wednesday 25 November 2026, mid-morning, local time.
const NOW = new Date(2026, 10, 25, 10, 0);
const thresholds = { due: 7, overdue: 14 };

const student = (id: string, name: string) => aStudent(id, { name });
let n = 0;
const conference = (studentIds: string[], at: Date, extra: Partial<ConferenceRecord> = {}) =>
  aConference(`k${++n}`, studentIds, at.toISOString(), extra);
const daysAgo = (d: number) => new Date(2026, 10, 25 - d, 9, 0);

describe('class record grid', () => {
  it.each([
    [null, 'never'],
    [0, 'recent'],
    [6, 'recent'],
    [7, 'due'],
    [13, 'due'],
    [14, 'overdue'],
    [40, 'overdue'],
  ] as const)('%s days since the last conference is %s', (days, status) => {
    expect(coverageOf(days, thresholds)).toBe(status);
  });

  it('finds each student’s latest conference, group notes included, and ignores deleted ones', () => {
    const students = [student('a', 'Ana'), student('b', 'Ben'), student('c', 'Carla'), student('d', 'Dev')];
    const record = buildClassRecord(
      students,
      [
        conference(['a'], daysAgo(20), { teachingPoint: 'old point' }),
        conference(['a'], daysAgo(2), { teachingPoint: 'Stretch a part' }),
        conference(['b', 'c'], daysAgo(9), { teachingPoint: 'Transitions' }),
        conference(['d'], daysAgo(1), { deleted: 1 }),
      ],
      NOW,
      thresholds,
    );
    expect(
      record.rows.map((r) => [r.student.name, r.daysSince, r.status, r.last?.teachingPoint ?? null]),
    ).toEqual([
      ['Ana', 2, 'recent', 'Stretch a part'],
      ['Ben', 9, 'due', 'Transitions'],
      ['Carla', 9, 'due', 'Transitions'],
      ['Dev', null, 'never', null],
    ]);
    // Monday 23 Nov starts the week: only Ana's conference is this week.
    expect(record.conferencesThisWeek).toBe(1);
    expect(record.notSeenThisWeek).toBe(3);
    expect(record.rows.map((r) => r.seenThisWeek)).toEqual([true, false, false, false]);
  });

  it('sorts by name or by most overdue, never-seen first', () => {
    const students = [student('a', 'ana'), student('b', 'Ben'), student('c', 'Carla'), student('d', 'Dev')];
    const record = buildClassRecord(
      students,
      [conference(['a'], daysAgo(3)), conference(['b'], daysAgo(30)), conference(['c'], daysAgo(3))],
      NOW,
      thresholds,
    );
    expect(sortRows(record.rows, 'name').map((r) => r.student.name)).toEqual(['ana', 'Ben', 'Carla', 'Dev']);
    expect(sortRows(record.rows, 'overdue').map((r) => r.student.name)).toEqual([
      'Dev',
      'Ben',
      'ana',
      'Carla',
    ]);
  });

  it('counts distinct students seen per week over the last weeks, this week last', () => {
    const ids = new Set(['a', 'b', 'c']);
    const weeks = weeklyCoverage(
      [
        conference(['a'], daysAgo(0)),
        conference(['a'], daysAgo(1)),
        conference(['b', 'c'], daysAgo(1)),
        conference(['a'], daysAgo(8)),
        conference(['zz'], daysAgo(8)),
        conference(['a'], daysAgo(100)),
      ],
      ids,
      NOW,
      4,
      'en-US',
    );
    expect(weeks.map((w) => [w.weekOf, w.seen])).toEqual([
      ['2026-11-02', 0],
      ['2026-11-09', 0],
      ['2026-11-16', 1],
      ['2026-11-23', 3],
    ]);
    expect(weeks.at(-1)?.label).toBe('Nov 23');
  });
});
