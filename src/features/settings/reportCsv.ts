// CSV for report cards: her conferences (one row per child per conference) and goals, for one class or
// all, within dates. papaparse writes the quoting; a byte-order mark makes Excel read accents; a cell that
// begins with = + - @ (or a tab or return) is made inert with a leading apostrophe, so a spreadsheet
// never runs a child's words as a formula (CSV injection). Types, lenses, try-its and statuses are in her
// words ("Content", "With support", "Working on it"), as on her screens. Dates stay yyyy-MM-dd: every
// spreadsheet reads that as a date in any language, shows it in her own order and sorts it; a written-out
// date ("Nov 10, 2026") stays text in a spreadsheet set to another language.
import { lightFormat } from 'date-fns';
import Papa from 'papaparse';
import {
  appStore,
  type ClassRecord,
  conferencesOfClass,
  type GoalRecord,
  goalStatusWords,
  goalsOfClass,
  lensWords,
  listClasses,
  listStudents,
  type Store,
  tryItWords,
  typeWords,
} from '../../data/index.ts';

export function inert(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csv(fields: readonly string[], rows: readonly string[][]): string {
  return `\uFEFF${Papa.unparse({ fields: [...fields], data: rows.map((r) => r.map(inert)) }, { newline: '\r\n' })}`;
}

export const CONFERENCE_COLUMNS = [
  'Class',
  'Student',
  'Date',
  'Type',
  'Lenses',
  'Strength named',
  'Teaching point',
  'Try it',
  'Next step',
  'Goals',
] as const;

export const GOAL_COLUMNS = ['Class', 'Student', 'Goal', 'Status', 'Set on', 'Revisit on'] as const;

export interface ReportChoice {
  /** null: every class. */
  classId: string | null;
  /** yyyy-MM-dd, local days, inclusive. */
  from: string;
  to: string;
}

async function classesOf(choice: ReportChoice, store: Store): Promise<ClassRecord[]> {
  const all = await listClasses(store);
  return choice.classId ? all.filter((c) => c.id === choice.classId) : all;
}

/** yyyy-MM-dd of an ISO moment in her own time zone. */
const localDay = (iso: string) => lightFormat(new Date(iso), 'yyyy-MM-dd');

export async function conferenceRows(choice: ReportChoice, store: Store = appStore()): Promise<string[][]> {
  const rows: string[][] = [];
  for (const klass of await classesOf(choice, store)) {
    const [students, conferences, goals] = await Promise.all([
      listStudents(klass.id, { includeArchived: true }, store),
      conferencesOfClass(klass.id, store),
      goalsOfClass(klass.id, store),
    ]);
    const names = new Map(students.map((s) => [s.id, s.name]));
    const goalText = new Map(goals.map((g) => [g.id, g.text]));
    for (const c of conferences) {
      const day = localDay(c.at);
      if (day < choice.from || day > choice.to) continue;
      for (const studentId of c.studentIds)
        rows.push([
          klass.name,
          names.get(studentId) ?? '',
          day,
          typeWords(c.type),
          lensWords(c.lenses),
          c.compliment,
          c.teachingPoint,
          tryItWords(c.tryIt),
          c.nextStep,
          c.goalIds
            .map((id) => goalText.get(id) ?? '')
            .filter(Boolean)
            .join('; '),
        ]);
    }
  }
  return rows;
}

export async function goalRows(choice: ReportChoice, store: Store = appStore()): Promise<string[][]> {
  const rows: string[][] = [];
  for (const klass of await classesOf(choice, store)) {
    const [students, goals] = await Promise.all([
      listStudents(klass.id, { includeArchived: true }, store),
      goalsOfClass(klass.id, store),
    ]);
    const names = new Map(students.map((s) => [s.id, s.name]));
    for (const g of goals as GoalRecord[]) {
      if (g.setOn > choice.to || (g.revisitOn ?? g.setOn) < choice.from) continue;
      rows.push([
        klass.name,
        names.get(g.studentId) ?? '',
        g.text,
        goalStatusWords(g.status),
        g.setOn,
        g.revisitOn ?? '',
      ]);
    }
  }
  return rows;
}

export async function conferencesCsv(choice: ReportChoice, store: Store = appStore()): Promise<string> {
  return csv(CONFERENCE_COLUMNS, await conferenceRows(choice, store));
}

export async function goalsCsv(choice: ReportChoice, store: Store = appStore()): Promise<string> {
  return csv(GOAL_COLUMNS, await goalRows(choice, store));
}
