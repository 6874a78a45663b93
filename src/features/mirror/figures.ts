// "My conferring": the figures of the teacher's own practice (seed 001: getting better at conferring over
// months), computed from her records. Pure: a clock and the records in, numbers out; days are her local
// days. Seed 002: four or five conferences a workshop; seed 003: five to seven minutes a conference.
import { addDays, differenceInCalendarDays, lightFormat, startOfDay } from 'date-fns';
import {
  CONFERENCE_TYPES,
  type ConferenceRecord,
  type ConferenceType,
  LENSES,
  type Lens,
  REFLECTION_QUESTIONS,
  type ReflectionQuestion,
  type ReflectionRecord,
  type StudentRecord,
} from '../../data/index.ts';
import { byCodeUnit } from '../../data/order.ts';

export const PER_WORKSHOP = { low: 4, high: 5 } as const;
export const MINUTES = { low: 5, high: 7 } as const;

export type Period = 'week' | 'year';

/** The days a period covers, local: Monday to Sunday of this week, or the school year from 1 August. */
export function periodOf(period: Period, now: Date): { from: Date; to: Date } {
  const today = startOfDay(now);
  if (period === 'week') {
    const monday = addDays(today, -((today.getDay() + 6) % 7));
    return { from: monday, to: addDays(monday, 7) };
  }
  const year = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  return { from: new Date(year, 7, 1), to: addDays(today, 1) };
}

export function inPeriod(conferences: readonly ConferenceRecord[], range: { from: Date; to: Date }) {
  return conferences.filter((c) => {
    const at = new Date(c.at);
    return c.deleted === 0 && at >= range.from && at < range.to;
  });
}

/** Conferences on each day she conferred (a workshop day), oldest first, and the mean per such day. */
export function perWorkshopDay(conferences: readonly ConferenceRecord[]) {
  const days = new Map<string, number>();
  for (const c of conferences) {
    const day = lightFormat(new Date(c.at), 'yyyy-MM-dd');
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  const list = [...days].sort(([a], [b]) => byCodeUnit(a, b)).map(([day, count]) => ({ day, count }));
  const mean = list.length === 0 ? 0 : conferences.length / list.length;
  return {
    days: list,
    mean,
    inRange: list.filter((d) => d.count >= PER_WORKSHOP.low && d.count <= PER_WORKSHOP.high).length,
  };
}

/** Minutes per timed conference: the mean, and how many were under 5, within 5-7, over 7. */
export function minutesPerConference(conferences: readonly ConferenceRecord[]) {
  const minutes = conferences
    .filter((c) => typeof c.durationMs === 'number' && c.durationMs > 0)
    .map((c) => (c.durationMs as number) / 60_000);
  const mean = minutes.length === 0 ? 0 : minutes.reduce((a, b) => a + b, 0) / minutes.length;
  return {
    timed: minutes.length,
    mean,
    under: minutes.filter((m) => m < MINUTES.low).length,
    within: minutes.filter((m) => m >= MINUTES.low && m <= MINUTES.high).length,
    over: minutes.filter((m) => m > MINUTES.high).length,
  };
}

/** How many conferences of each type, and with each lens (a conference may have several lenses). */
export function mix(conferences: readonly ConferenceRecord[]) {
  const types = Object.fromEntries(CONFERENCE_TYPES.map((t) => [t, 0])) as Record<ConferenceType, number>;
  const lenses = Object.fromEntries(LENSES.map((l) => [l, 0])) as Record<Lens, number>;
  let untyped = 0;
  for (const c of conferences) {
    if (c.type) types[c.type] += 1;
    else untyped += 1;
    for (const lens of c.lenses) lenses[lens] += 1;
  }
  return { types, lenses, untyped };
}

/** Conferences linked to a goal (seed 002: keep working on a goal across several conferences). */
export function onAGoal(conferences: readonly ConferenceRecord[]) {
  return { onGoal: conferences.filter((c) => c.goalIds.length > 0).length, total: conferences.length };
}

/** The active students seen least in the period, fewest first (then by name); at most `count`. */
export function seenLeast(
  conferences: readonly ConferenceRecord[],
  students: readonly StudentRecord[],
  now: Date,
  count = 5,
) {
  const seen = new Map<string, { times: number; last: string | null }>();
  for (const c of conferences)
    for (const id of c.studentIds) {
      const entry = seen.get(id) ?? { times: 0, last: null };
      entry.times += 1;
      if (!entry.last || c.at > entry.last) entry.last = c.at;
      seen.set(id, entry);
    }
  return students
    .filter((s) => s.deleted === 0 && s.archived === 0)
    .map((s) => {
      const entry = seen.get(s.id);
      return {
        student: s,
        times: entry?.times ?? 0,
        daysSince: entry?.last ? differenceInCalendarDays(now, new Date(entry.last)) : null,
      };
    })
    .sort((a, b) => a.times - b.times || a.student.name.localeCompare(b.student.name))
    .slice(0, count);
}

/** Her reflection answers week by week: for each question, how many "yes" of those answered. */
export function reflectionsByWeek(
  conferences: readonly ConferenceRecord[],
  reflections: readonly ReflectionRecord[],
) {
  const byId = new Map(reflections.map((r) => [r.id, r]));
  const weeks = new Map<string, Record<ReflectionQuestion, { yes: number; answered: number }>>();
  for (const c of conferences) {
    const reflection = byId.get(c.id);
    if (!reflection || reflection.deleted === 1) continue;
    const at = startOfDay(new Date(c.at));
    const week = lightFormat(addDays(at, -((at.getDay() + 6) % 7)), 'yyyy-MM-dd');
    const row =
      weeks.get(week) ??
      (Object.fromEntries(REFLECTION_QUESTIONS.map(([q]) => [q, { yes: 0, answered: 0 }])) as Record<
        ReflectionQuestion,
        { yes: number; answered: number }
      >);
    for (const [q] of REFLECTION_QUESTIONS) {
      const answer = reflection[q];
      if (answer === null) continue;
      row[q].answered += 1;
      if (answer === 'yes') row[q].yes += 1;
    }
    weeks.set(week, row);
  }
  return [...weeks].sort(([a], [b]) => byCodeUnit(a, b)).map(([weekOf, answers]) => ({ weekOf, answers }));
}
