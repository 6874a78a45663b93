// "My conferring": the figures of the teacher's own practice (seed 001: getting better at conferring over
// months), computed from her records. Pure: a clock and the records in, numbers out; days are her local
// days. Seed 002: four or five conferences a workshop; seed 003: five to seven minutes a conference.
// Her conferences may be one class's or all her classes': the figures do not mind which.
import { addDays, differenceInCalendarDays, lightFormat, startOfDay } from 'date-fns';
import {
  AIMED_FOR,
  answerOf,
  byCodeUnit,
  CONFERENCE_TYPES,
  type ConferenceRecord,
  type ConferenceType,
  isTimed,
  LENSES,
  type Lens,
  REFLECTION_QUESTIONS,
  type ReadAnswer,
  type ReflectionQuestion,
  type ReflectionRecord,
  type StudentRecord,
} from '../../data/index.ts';

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

/**
 * Minutes per timed conference: the mean, and how many were under 5, within 5-7, over 7. A conference
 * with no time, or over 20 minutes of the sheet in use (surely left open), is "not timed": counted apart,
 * left out of the mean.
 */
export function minutesPerConference(conferences: readonly ConferenceRecord[]) {
  const minutes = conferences
    .map((c) => c.durationMs)
    .filter(isTimed)
    .map((ms) => ms / 60_000);
  const mean = minutes.length === 0 ? 0 : minutes.reduce((a, b) => a + b, 0) / minutes.length;
  return {
    timed: minutes.length,
    notTimed: conferences.length - minutes.length,
    mean,
    under: minutes.filter((m) => m < MINUTES.low).length,
    within: minutes.filter((m) => m >= MINUTES.low && m <= MINUTES.high).length,
    over: minutes.filter((m) => m > MINUTES.high).length,
  };
}

/** How many conferences of each type, and with each lens (a conference may have several lenses). */
export function mix(conferences: readonly ConferenceRecord[]) {
  const types = Object.fromEntries(CONFERENCE_TYPES.map((t) => [t.value, 0])) as Record<
    ConferenceType,
    number
  >;
  const lenses = Object.fromEntries(LENSES.map((l) => [l.value, 0])) as Record<Lens, number>;
  let untyped = 0;
  for (const c of conferences) {
    if (c.type) types[c.type] += 1;
    else untyped += 1;
    for (const lens of c.lenses) lenses[lens] += 1;
  }
  return { types, lenses, untyped };
}

/**
 * The conferences that continued a goal (seed 002: "continue to work on a writing goal across several
 * conferences"): a second or later conference on one of its goals. The first conference on a goal, the
 * one that set it or began the work on it, does not count. `all` is every conference of the classes at
 * any date, so that this week's conference on a goal begun last month counts; deleted ones are left out.
 */
export function continuingGoal(all: readonly ConferenceRecord[]): Set<string> {
  const seen = new Set<string>();
  const continuing = new Set<string>();
  const inOrder = all
    .filter((c) => c.deleted === 0 && c.goalIds.length > 0)
    .sort((a, b) => byCodeUnit(a.at, b.at) || byCodeUnit(a.id, b.id));
  for (const c of inOrder) {
    if (c.goalIds.some((g) => seen.has(g))) continuing.add(c.id);
    for (const g of c.goalIds) seen.add(g);
  }
  return continuing;
}

/** Of the period's conferences: how many continued a goal, how many were on a goal at all, of all. */
export function onAGoal(conferences: readonly ConferenceRecord[], continuing: ReadonlySet<string>) {
  return {
    continued: conferences.filter((c) => continuing.has(c.id)).length,
    onGoal: conferences.filter((c) => c.goalIds.length > 0).length,
    total: conferences.length,
  };
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

/** One question's answers: how many were the answer she aims for, of how many answered, and each answer. */
export interface Tally<Q extends ReflectionQuestion> {
  aimed: number;
  answered: number;
  by: Partial<Record<NonNullable<ReadAnswer<Q>>, number>>;
}
export type Tallies = { [Q in ReflectionQuestion]: Tally<Q> };

function emptyTallies(): Tallies {
  return Object.fromEntries(
    REFLECTION_QUESTIONS.map(([q]) => [q, { aimed: 0, answered: 0, by: {} }]),
  ) as unknown as Tallies;
}

function count<Q extends ReflectionQuestion>(tally: Tally<Q>, question: Q, reflection: ReflectionRecord) {
  const answer = answerOf(reflection, question);
  if (answer === null) return;
  tally.answered += 1;
  if (answer === AIMED_FOR[question]) tally.aimed += 1;
  const by = tally.by as Record<string, number>;
  by[answer] = (by[answer] ?? 0) + 1;
}

/**
 * Her reflection answers on these conferences, question by question: how many were the answer she aims
 * for (pacing about right; the research not rushed, "no"; a compliment as a paragraph of speech; ONE
 * strategy; the best possible teaching point), of those answered, and how many of each answer. Old
 * "yes" / "not yet" answers are read by data/reflections.ts's rule.
 */
export function reflectionTallies(
  conferences: readonly ConferenceRecord[],
  reflections: readonly ReflectionRecord[],
): Tallies {
  const byId = new Map(reflections.map((r) => [r.id, r]));
  const tallies = emptyTallies();
  for (const c of conferences) {
    const reflection = byId.get(c.id);
    if (!reflection || reflection.deleted === 1) continue;
    for (const [q] of REFLECTION_QUESTIONS) count(tallies[q] as Tally<typeof q>, q, reflection);
  }
  return tallies;
}

/** The same, week by week (Monday's date), oldest first. */
export function reflectionsByWeek(
  conferences: readonly ConferenceRecord[],
  reflections: readonly ReflectionRecord[],
) {
  const weeks = new Map<string, ConferenceRecord[]>();
  for (const c of conferences) {
    const at = startOfDay(new Date(c.at));
    const week = lightFormat(addDays(at, -((at.getDay() + 6) % 7)), 'yyyy-MM-dd');
    weeks.set(week, [...(weeks.get(week) ?? []), c]);
  }
  return [...weeks]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([weekOf, list]) => ({ weekOf, answers: reflectionTallies(list, reflections) }))
    .filter((w) => REFLECTION_QUESTIONS.some(([q]) => w.answers[q].answered > 0));
}
