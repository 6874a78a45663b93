// What the This week screen shows, read from the data layer: the week's grid and, for each child in it,
// the last conference, the active goal, whether seen this week and whether a note is unsaved.
import { addWeeks, lightFormat, parseISO } from 'date-fns';
import {
  activeGoalsOfStudents,
  boxesOf,
  type ConferenceRecord,
  conferencesSince,
  draftKeyFor,
  draftKeys,
  type GoalRecord,
  getGrid,
  latestConferences,
  listStudents,
  onConferenceLogged,
  type StudentRecord,
  weekStart,
} from '../../data/index.ts';
import { provide, updateCached } from '../../state/liveCache.ts';

export interface GridBoxView {
  index: number;
  student: StudentRecord | null;
  last: ConferenceRecord | null;
  goal: GoalRecord | null;
  seenThisWeek: boolean;
  unsaved: boolean;
}

export interface WeekView {
  hasGrid: boolean;
  boxes: GridBoxView[];
  students: StudentRecord[];
}

export function mondayOf(date: Date): string {
  return lightFormat(weekStart(date), 'yyyy-MM-dd');
}

export function shiftWeek(weekOf: string, weeks: number): string {
  return lightFormat(addWeeks(parseISO(weekOf), weeks), 'yyyy-MM-dd');
}

export async function loadWeek(classId: string, weekOf: string): Promise<WeekView> {
  const [grid, students] = await Promise.all([getGrid(classId, weekOf), listStudents(classId)]);
  const ids = boxesOf(grid);
  const inGrid = ids.filter((id): id is string => id !== null);
  const monday = parseISO(weekOf).toISOString();
  const nextMonday = parseISO(shiftWeek(weekOf, 1)).toISOString();
  const isCurrentWeek = weekOf === mondayOf(new Date());
  const [latest, goals, drafts, sinceMonday] = await Promise.all([
    latestConferences(classId, inGrid),
    activeGoalsOfStudents(inGrid),
    draftKeys(),
    // This week, a child's latest conference says whether she was seen; an earlier week needs its notes.
    isCurrentWeek ? Promise.resolve([]) : conferencesSince(classId, monday),
  ]);
  const seen = new Set(
    isCurrentWeek
      ? [...latest.values()].filter((c) => c.at >= monday).flatMap((c) => c.studentIds)
      : sinceMonday.filter((c) => c.at < nextMonday).flatMap((c) => c.studentIds),
  );
  const byId = new Map(students.map((s) => [s.id, s]));
  const unsaved = new Set(drafts);
  const boxes = ids.map((id, index) => {
    const student = id ? (byId.get(id) ?? null) : null;
    const last = id ? (latest.get(id) ?? null) : null;
    const goal = goals.find((g) => g.studentId === id) ?? null;
    return {
      index,
      student,
      last,
      goal,
      seenThisWeek: !!id && seen.has(id),
      unsaved: !!id && unsaved.has(draftKeyFor({ studentIds: [id] })),
    };
  });
  return { hasGrid: !!grid, boxes, students };
}

const WEEK_CACHE = 'week:';

/** The key under which the This week screen keeps its last view (src/ui/liveCache.ts). */
export const weekCacheKey = (classId: string, weekOf: string) => `${WEEK_CACHE}${classId}:${weekOf}`;

/**
 * This week of the class on screen, read as the app opens on the week (main.tsx), while the week's code
 * is still loading: the grid is drawn with it at once, and its live query reads again behind it.
 */
export async function prefetchWeek(classId: string): Promise<void> {
  const weekOf = mondayOf(new Date());
  provide(weekCacheKey(classId, weekOf), await loadWeek(classId, weekOf));
}

/**
 * The quick-log sheet opened from the week: over the week, which stays mounted under it (App's
 * WeekAndSheet), on the week she was looking at.
 */
export function logHref(studentIds: readonly string[], weekOf: string, now = new Date()): string {
  const week = weekOf === mondayOf(now) ? '' : `&week=${weekOf}`;
  return `/week/log?students=${studentIds.join(',')}${week}`;
}

/**
 * A conference was just committed (the data layer says so, whichever screen saved it): every kept week
 * view shows it at once, so the grid the teacher returns to paints it on its first frame, before its live
 * query re-reads.
 */
export function showSavedConference(conference: ConferenceRecord): void {
  updateCached<WeekView>(WEEK_CACHE, (view) => withSavedConference(view, conference));
}
onConferenceLogged(showSavedConference);

/** A week view with a just-committed conference in it: its students' boxes show it as their last. */
export function withSavedConference(view: WeekView, conference: ConferenceRecord): WeekView {
  const monday = parseISO(mondayOf(new Date(conference.at))).toISOString();
  return {
    ...view,
    boxes: view.boxes.map((box) =>
      box.student &&
      conference.studentIds.includes(box.student.id) &&
      (!box.last || box.last.at <= conference.at)
        ? {
            ...box,
            last: conference,
            unsaved: false,
            seenThisWeek: box.seenThisWeek || conference.at >= monday,
          }
        : box,
    ),
  };
}
