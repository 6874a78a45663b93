// What each paper form shows, read from the data layer; the shaping is pure, in paperNotes.ts and here.
// The parent summary never carries another child's name (a classmate named in a note is written "a
// classmate"), and names the class and the day it was printed (her own name is a setting of the device).
import { addWeeks, differenceInCalendarDays, parseISO } from 'date-fns';
import {
  activeGoalsOfStudents,
  appStore,
  assessmentsOf,
  boxesOf,
  type ClassRecord,
  conferencesOf,
  conferencesOfClass,
  conferencesSince,
  day,
  getClass,
  getGrid,
  getStudent,
  goalStatusWords,
  goalsOf,
  listStudents,
  type Store,
  type StudentRecord,
  shortDay,
} from '../../data/index.ts';
import { nineKidBoxes, notesColumns } from './paperNotes.ts';

export async function classRecordSheet(classRow: ClassRecord, now = new Date()) {
  const [students, conferences] = await Promise.all([
    listStudents(classRow.id),
    conferencesOfClass(classRow.id),
  ]);
  const last = new Map<string, (typeof conferences)[number]>();
  for (const c of conferences)
    for (const id of c.studentIds) if ((last.get(id)?.at ?? '') < c.at) last.set(id, c);
  return students.map((s) => {
    const c = last.get(s.id);
    return {
      name: s.name,
      last: c ? day(c.at) : '',
      days: c ? String(Math.max(0, differenceInCalendarDays(now, new Date(c.at)))) : '',
      point: c?.teachingPoint ?? '',
    };
  });
}

/**
 * The week's 9-kid form (weekOf: its Monday, yyyy-MM-dd): each box's child and the conferences she had
 * with that child from Monday to Sunday, as she would have written them in the box.
 */
export async function nineKidSheet(classId: string, weekOf: string, store: Store = appStore()) {
  // Local midnights: the week is her week, wherever UTC is.
  const monday = parseISO(weekOf);
  const from = monday.toISOString();
  const to = addWeeks(monday, 1).toISOString();
  const grid = await getGrid(classId, weekOf, store);
  const boxIds = boxesOf(grid);
  const [students, since, goals] = await Promise.all([
    listStudents(classId, { includeArchived: true }, store),
    conferencesSince(classId, from, store),
    activeGoalsOfStudents(
      boxIds.filter((id): id is string => id !== null),
      store,
    ),
  ]);
  return {
    hasGrid: grid !== undefined,
    boxes: nineKidBoxes(
      boxIds,
      students,
      since.filter((c) => c.at < to),
      goals,
      shortDay,
    ),
  };
}

export async function studentForms(studentId: string, store: Store = appStore()) {
  const student = await getStudent(studentId, store);
  if (!student) return null;
  const [classRow, conferences, goals] = await Promise.all([
    getClass(student.classId, store),
    conferencesOf(studentId, store),
    goalsOf(studentId, store),
  ]);
  return { student, classRow, conferences, goals };
}

/** Seed 002's form for one child: Conference Notes | Goals | Assessment Notes. */
export async function notesSheet(studentId: string, store: Store = appStore()) {
  const [forms, assessments] = await Promise.all([
    studentForms(studentId, store),
    assessmentsOf(studentId, store),
  ]);
  if (!forms) return null;
  return {
    name: forms.student.name,
    className: forms.classRow?.name ?? '',
    ...notesColumns(forms.conferences, forms.goals, assessments, day),
  };
}

/** Each other child's name in a text becomes "a classmate": the summary is about one child only. */
export function withoutClassmates(
  text: string,
  classmates: readonly StudentRecord[],
  self: StudentRecord,
): string {
  let out = text;
  const others = classmates.filter((c) => c.id !== self.id && c.name.trim() !== '');
  // Longest names first, so "Ana Lima" goes before "Ana"; then each first name on its own.
  const names = [...others.map((c) => c.name), ...others.map((c) => c.name.split(/\s+/)[0] ?? '')]
    .filter((n) => n.length > 1 && !self.name.split(/\s+/).includes(n))
    .sort((a, b) => b.length - a.length);
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Letters on either side mean another word ("Anabel" is not "Ana"); \b knows no accents.
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), 'a classmate');
  }
  return out;
}

export async function parentSummary(studentId: string, now = new Date(), store: Store = appStore()) {
  const forms = await studentForms(studentId, store);
  if (!forms) return null;
  const classmates = await listStudents(forms.student.classId, { includeArchived: true }, store);
  const clean = (t: string) => withoutClassmates(t, classmates, forms.student);
  return {
    name: forms.student.name,
    className: forms.classRow?.name ?? '',
    schoolYear: forms.classRow?.schoolYear ?? '',
    printedOn: day(now),
    goals: forms.goals.map((g) => ({
      text: clean(g.text),
      status: goalStatusWords(g.status),
      setOn: day(g.setOn),
    })),
    strengths: forms.conferences
      .filter((c) => c.compliment.trim())
      .slice(0, 5)
      .map((c) => ({ when: day(c.at), text: clean(c.compliment) })),
    next: forms.conferences
      .filter((c) => c.nextStep.trim() || c.teachingPoint.trim())
      .slice(0, 3)
      .map((c) => ({
        when: day(c.at),
        text: clean(c.nextStep.trim() || c.teachingPoint),
      })),
  };
}
