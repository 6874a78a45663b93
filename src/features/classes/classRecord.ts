// The class record sheet (seed 003), computed: for each student the last conference, the days since,
// and how overdue; this week's counts; students seen per week. Pure, with a clock passed in.
import { addWeeks, differenceInCalendarDays, lightFormat, startOfWeek } from 'date-fns';
import { shortDay } from '../../data/dates.ts';
import type { ConferenceRecord, StudentRecord } from '../../data/index.ts';

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

/** Distinct students conferred with in each of the last `weeks` weeks, oldest first, this week last. */
export function weeklyCoverage(
  conferences: readonly ConferenceRecord[],
  studentIds: ReadonlySet<string>,
  now: Date,
  weeks = 8,
  locale?: string,
): WeekCoverage[] {
  const first = addWeeks(weekStart(now), -(weeks - 1));
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
