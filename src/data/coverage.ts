// Coverage: the class record sheet (seed 003), computed: for each student the last conference, the days since,
// and how overdue; this week's counts; students seen per week. Pure, with a clock passed in, but for the
// one read that gathers what it needs (`recentAndLatest`).
import { addWeeks, differenceInCalendarDays, lightFormat, startOfWeek } from 'date-fns';
import { conferencesSince, latestConferences } from './conferences.ts';
import { shortDay } from './dates.ts';
import type { ConferenceRecord, StudentRecord } from './records.ts';
import { appStore, type Store } from './store.ts';

export type Coverage = 'recent' | 'due' | 'overdue' | 'never';

export interface Thresholds {
  due: number;
  overdue: number;
}

export interface ClassRecordRow {
  student: StudentRecord;
  last: ConferenceRecord | null;
  daysSince: number | null;
  status: Coverage;
  seenThisWeek: boolean;
}

export interface ClassRecordSheet {
  rows: ClassRecordRow[];
  conferencesThisWeek: number;
  notSeenThisWeek: number;
}

/** Weeks start on Monday: a school week. */
export function weekStart(date: Date): Date {
  return startOfWeek(date, { weekStartsOn: 1 });
}

export function coverageOf(daysSince: number | null, thresholds: Thresholds): Coverage {
  if (daysSince === null) return 'never';
  if (daysSince >= thresholds.overdue) return 'overdue';
  if (daysSince >= thresholds.due) return 'due';
  return 'recent';
}

/**
 * The sheet from each student's latest conference and every conference of the weeks the sheet counts
 * (`recentAndLatest` reads exactly those): the whole history is never needed.
 */
export function buildClassRecord(
  students: readonly StudentRecord[],
  conferences: readonly ConferenceRecord[],
  now: Date,
  thresholds: Thresholds,
): ClassRecordSheet {
  const latest = new Map<string, ConferenceRecord>();
  const monday = weekStart(now).toISOString();
  let conferencesThisWeek = 0;
  for (const conference of conferences) {
    if (conference.deleted === 1) continue;
    if (conference.at >= monday) conferencesThisWeek += 1;
    for (const id of conference.studentIds) {
      const known = latest.get(id);
      if (!known || known.at < conference.at) latest.set(id, conference);
    }
  }
  const rows = students.map((student) => {
    const last = latest.get(student.id) ?? null;
    const daysSince = last ? Math.max(0, differenceInCalendarDays(now, new Date(last.at))) : null;
    return {
      student,
      last,
      daysSince,
      status: coverageOf(daysSince, thresholds),
      seenThisWeek: !!last && last.at >= monday,
    };
  });
  return { rows, conferencesThisWeek, notSeenThisWeek: rows.filter((r) => !r.seenThisWeek).length };
}

export type SortOrder = 'name' | 'overdue';

/** By name, or most overdue first (never conferred before anyone else). */
export function sortRows(rows: readonly ClassRecordRow[], order: SortOrder): ClassRecordRow[] {
  const byName = (a: ClassRecordRow, b: ClassRecordRow) =>
    a.student.name.localeCompare(b.student.name, undefined, { sensitivity: 'base' });
  if (order === 'name') return [...rows].sort(byName);
  const age = (r: ClassRecordRow) => (r.daysSince === null ? Number.POSITIVE_INFINITY : r.daysSince);
  return [...rows].sort((a, b) => age(b) - age(a) || byName(a, b));
}

export interface WeekCoverage {
  /** Monday, yyyy-MM-dd */
  weekOf: string;
  label: string;
  seen: number;
}

/** The weeks the coverage chart shows, this one last. */
export const COVERAGE_WEEKS = 8;

/** When the oldest week of the coverage chart starts (its Monday, local time). */
export function coverageStart(now: Date, weeks = COVERAGE_WEEKS): Date {
  return addWeeks(weekStart(now), -(weeks - 1));
}

/** Distinct students conferred with in each of the last `weeks` weeks, oldest first, this week last. */
export function weeklyCoverage(
  conferences: readonly ConferenceRecord[],
  studentIds: ReadonlySet<string>,
  now: Date,
  weeks = COVERAGE_WEEKS,
  locale?: string,
): WeekCoverage[] {
  const first = coverageStart(now, weeks);
  const buckets = Array.from({ length: weeks }, () => new Set<string>());
  for (const conference of conferences) {
    if (conference.deleted === 1) continue;
    const index = Math.floor(differenceInCalendarDays(weekStart(new Date(conference.at)), first) / 7);
    if (index < 0 || index >= weeks) continue;
    for (const id of conference.studentIds) if (studentIds.has(id)) buckets[index]?.add(id);
  }
  return buckets.map((seen, i) => {
    const monday = addWeeks(first, i);
    return { weekOf: lightFormat(monday, 'yyyy-MM-dd'), label: shortDay(monday, locale), seen: seen.size };
  });
}

/**
 * What the class record needs, and no more, however many years of notes a class holds: every conference
 * of the coverage chart's weeks (this week's count is among them), and each student's latest conference
 * (found from the newest down, data/conferences.ts), once each.
 */
export async function recentAndLatest(
  classId: string,
  studentIds: readonly string[],
  now: Date,
  store: Store = appStore(),
): Promise<ConferenceRecord[]> {
  const [recent, latest] = await Promise.all([
    conferencesSince(classId, coverageStart(now).toISOString(), store),
    latestConferences(classId, studentIds, store),
  ]);
  return [...new Map([...recent, ...latest.values()].map((c) => [c.id, c])).values()];
}
