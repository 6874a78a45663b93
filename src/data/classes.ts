// Classes: a grade band (K-2 or 3-8, which picks the pattern tables) and a school year.
import { InvalidInputError } from './errors.ts';
import type { ClassRecord, GradeBand } from './records.ts';
import { appStore, type Store } from './store.ts';
import { checkName, checkSchoolYear } from './validate.ts';
import { mutate, read } from './write.ts';

export interface NewClass {
  name: string;
  gradeBand: GradeBand;
  schoolYear: string;
}

function valid<T>(result: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!result.ok) throw new InvalidInputError(result.reason);
  return result.value;
}

/** Creates a class at the end of the list. Works offline; syncs later. */
export async function createClass(input: NewClass, store = appStore()): Promise<ClassRecord> {
  const name = valid(checkName(input.name, 'class name'));
  const schoolYear = valid(checkSchoolYear(input.schoolYear));
  return mutate(store, ['classes'], async (write) => {
    const count = await store.db.classes.count();
    return write.create('classes', {
      name,
      gradeBand: input.gradeBand,
      schoolYear,
      archived: 0,
      position: count,
      deleted: 0,
    });
  });
}

export async function renameClass(id: string, name: string, store = appStore()): Promise<void> {
  const value = valid(checkName(name, 'class name'));
  await mutate(store, ['classes'], (write) => write.update('classes', id, { name: value }));
}

/** Archived classes keep every student and conference; they only leave the class picker. */
export async function setClassArchived(id: string, archived: boolean, store = appStore()): Promise<void> {
  await mutate(store, ['classes'], (write) => write.update('classes', id, { archived: archived ? 1 : 0 }));
}

export function listClasses(store: Store = appStore()): Promise<ClassRecord[]> {
  return read(store, async () => {
    const all = await store.db.classes.where('deleted').equals(0).toArray();
    return all.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  });
}

export function getClass(id: string, store: Store = appStore()): Promise<ClassRecord | undefined> {
  return read(store, async () => {
    const found = await store.db.classes.get(id);
    return found && found.deleted === 0 ? found : undefined;
  });
}
