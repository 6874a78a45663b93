// Students of a class. Archiving hides a student from the grids but keeps every conference and goal.
import { InvalidInputError } from './errors.ts';
import type { StudentRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { checkName } from './validate.ts';
import { mutate, read } from './write.ts';

function validName(raw: string): string {
  const checked = checkName(raw, 'student name');
  if (!checked.ok) throw new InvalidInputError(checked.reason);
  return checked.value;
}

/** Adds students to the end of a class, all in one transaction: every name is written, or none. */
export async function addStudents(classId: string, names: readonly string[], store = appStore()) {
  const clean = names.map(validName);
  return mutate(store, ['classes', 'students'], async (write) => {
    const owner = await store.db.classes.get(classId);
    if (!owner || owner.deleted === 1) throw new InvalidInputError('That class no longer exists.');
    const last = await store.db.students
      .where('[classId+position]')
      .between([classId, -Infinity], [classId, Infinity])
      .last();
    let position = last ? last.position + 1 : 0;
    const added: StudentRecord[] = [];
    for (const name of clean) {
      added.push(
        await write.create('students', { classId, name, archived: 0, position: position++, deleted: 0 }),
      );
    }
    return added;
  });
}

export async function addStudent(classId: string, name: string, store = appStore()): Promise<StudentRecord> {
  const [added] = await addStudents(classId, [name], store);
  return added as StudentRecord;
}

export async function renameStudent(id: string, name: string, store = appStore()): Promise<void> {
  const value = validName(name);
  await mutate(store, ['students'], (write) => write.update('students', id, { name: value }));
}

export async function setStudentArchived(id: string, archived: boolean, store = appStore()): Promise<void> {
  await mutate(store, ['students'], (write) => write.update('students', id, { archived: archived ? 1 : 0 }));
}

/** Students of a class in the teacher's order; archived ones only when asked for. */
export function listStudents(
  classId: string,
  options: { includeArchived?: boolean } = {},
  store: Store = appStore(),
): Promise<StudentRecord[]> {
  return read(store, async () => {
    const all = await store.db.students
      .where('[classId+position]')
      .between([classId, -Infinity], [classId, Infinity])
      .toArray();
    return all.filter((s) => s.deleted === 0 && (options.includeArchived || s.archived === 0));
  });
}

export function getStudent(id: string, store: Store = appStore()): Promise<StudentRecord | undefined> {
  return read(store, async () => {
    const found = await store.db.students.get(id);
    return found && found.deleted === 0 ? found : undefined;
  });
}

/** Moves a student one place up (-1) or down (+1) in the class order: both swapped positions sync. */
export async function moveStudent(id: string, direction: -1 | 1, store = appStore()): Promise<void> {
  await mutate(store, ['students'], async (write) => {
    const student = await store.db.students.get(id);
    if (!student || student.deleted === 1) throw new InvalidInputError('That student no longer exists.');
    const classmates = (
      await store.db.students
        .where('[classId+position]')
        .between([student.classId, -Infinity], [student.classId, Infinity])
        .toArray()
    ).filter((s) => s.deleted === 0);
    const index = classmates.findIndex((s) => s.id === id);
    const neighbour = classmates[index + direction];
    if (!neighbour) return;
    await write.update('students', student.id, { position: neighbour.position });
    await write.update('students', neighbour.id, { position: student.position });
  });
}
