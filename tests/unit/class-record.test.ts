import { describe, expect, it } from 'vitest';
import {
  buildClassRecord,
  coverageOf,
  recentAndLatest,
  sortRows,
  weeklyCoverage,
} from '../../src/data/coverage.ts';
import {
  addStudents,
  type ConferenceRecord,
  conferencesOfClass,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
} from '../../src/data/index.ts';
import { freshStore } from './helpers.ts';
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

describe('the class record at scale', () => {
  it('reads only the coverage weeks and each student’s latest conference, and gives the same sheet', async () => {
    const store = freshStore();
    const klass = await createClass({ name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    const kids = await addStudents(klass.id, ['Ana', 'Ben', 'Cy', 'Dee', 'Eli'], store);
    const [ana, ben, cy, dee] = kids.map((k) => k.id) as [string, string, string, string];
    const log = (studentIds: string[], at: Date) =>
      logConference({ ...EMPTY_CONFERENCE, classId: klass.id, studentIds, at: at.toISOString() }, store);
    // Years of Ana and Ben; Cy once, long ago (far outside the newest few hundred); Dee this week; Eli never.
    await log([cy], daysAgo(700));
    for (let i = 0; i < 900; i++) await log([i % 2 ? ana : ben], daysAgo(600 - Math.floor(i / 2)));
    await log([dee], daysAgo(1));
    await log([ana, dee], daysAgo(0));
    const all = await conferencesOfClass(klass.id, store);
    const read = await recentAndLatest(klass.id, [ana, ben, cy, dee, kids[4]?.id as string], NOW, store);
    expect(read.length).toBeLessThan(20);
    expect(buildClassRecord(kids, read, NOW, thresholds)).toEqual(
      buildClassRecord(kids, all, NOW, thresholds),
    );
    const students = new Set(kids.map((k) => k.id));
    expect(weeklyCoverage(read, students, NOW)).toEqual(weeklyCoverage(all, students, NOW));
  }, 60_000);
});
