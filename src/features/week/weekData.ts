// What the This week screen shows, read from the data layer: the week's grid and, for each child in it,
// the last conference, the active goal, whether seen this week and whether a note is unsaved.
import { addWeeks, lightFormat, parseISO } from 'date-fns';
import {
  boxesOf,
  type ConferenceRecord,
  conferencesSince,
  draftKeys,
  type GoalRecord,
  getGrid,
  goalsOfClass,
  latestConferences,
  listStudents,
  type StudentRecord,
} from '../../data/index.ts';
import { weekStart } from '../classes/classRecord.ts';

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
  const [latest, goals, drafts, sinceMonday] = await Promise.all([
    latestConferences(classId, inGrid),
    goalsOfClass(classId),
    draftKeys(),
    conferencesSince(classId, monday),
  ]);
  const seen = new Set(sinceMonday.filter((c) => c.at < nextMonday).flatMap((c) => c.studentIds));
  const byId = new Map(students.map((s) => [s.id, s]));
  const unsaved = new Set(drafts);
  const boxes = ids.map((id, index) => {
    const student = id ? (byId.get(id) ?? null) : null;
    const last = id ? (latest.get(id) ?? null) : null;
    const goal = goals.find((g) => g.studentId === id && g.status === 'working') ?? null;
    return {
      index,
      student,
      last,
      goal,
      seenThisWeek: !!id && seen.has(id),
      unsaved: !!id && unsaved.has(`new:${id}`),
    };
  });
  return { hasGrid: !!grid, boxes, students };
}
