// What each paper form shows, read from the data layer. Pure shaping beside it: the parent summary never
// carries another child's name (a classmate named in a note is written "a classmate").
import { differenceInCalendarDays } from 'date-fns';
import { day } from '../../data/dates.ts';
import {
  boxesOf,
  type ClassRecord,
  conferencesOf,
  conferencesOfClass,
  getClass,
  getGrid,
  getStudent,
  goalsOf,
  listStudents,
  type StudentRecord,
} from '../../data/index.ts';

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

export async function nineKidSheet(classRow: ClassRecord, weekOf: string) {
  const [grid, students] = await Promise.all([getGrid(classRow.id, weekOf), listStudents(classRow.id)]);
  const names = new Map(students.map((s) => [s.id, s.name]));
  return boxesOf(grid).map((id) => (id ? (names.get(id) ?? '') : ''));
}

export async function studentForms(studentId: string) {
  const student = await getStudent(studentId);
  if (!student) return null;
  const [classRow, conferences, goals] = await Promise.all([
    getClass(student.classId),
    conferencesOf(studentId),
    goalsOf(studentId),
  ]);
  return { student, classRow, conferences, goals };
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

export async function parentSummary(studentId: string) {
  const forms = await studentForms(studentId);
  if (!forms) return null;
  const classmates = await listStudents(forms.student.classId, { includeArchived: true });
  const clean = (t: string) => withoutClassmates(t, classmates, forms.student);
  return {
    name: forms.student.name,
    goals: forms.goals.map((g) => ({
      text: clean(g.text),
      status: g.status,
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
