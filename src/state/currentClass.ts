// Which class the teacher is looking at, remembered across launches (a small setting, not a record).
import { type ClassRecord, createStatus, getSetting, listClasses, setSetting } from '../data/index.ts';
import { provide } from './liveCache.ts';

export const currentClassId = createStatus<string | null | undefined>(undefined);

let loading: Promise<void> | null = null;

/** Reads the remembered choice once: the launch (main.tsx) and every screen that shows the class share it. */
export function loadCurrentClass(): Promise<void> {
  loading ??= getSetting('currentClassId').then((id) => {
    // A choice made while it was read stands.
    if (currentClassId.get() === undefined) currentClassId.set(id);
  });
  return loading;
}

export async function chooseClass(id: string | null): Promise<void> {
  currentClassId.set(id);
  await setSetting('currentClassId', id);
}

/** The class on screen: the one she chose if it is still active, else the first active class. */
export function pickCurrent(classes: readonly ClassRecord[], chosen: string | null): ClassRecord | null {
  const active = classes.filter((c) => c.archived === 0);
  return active.find((c) => c.id === chosen) ?? active[0] ?? null;
}

/**
 * At launch, before the first frame: which class she was on and the class list, read at once (the
 * screens' own live queries would start only after their first frames are drawn). Gives the list to
 * the screens' `classes` query; resolves to the class on screen.
 */
export async function startCurrentClass(): Promise<ClassRecord | null> {
  const [classes] = await Promise.all([listClasses(), loadCurrentClass()]);
  provide(CLASSES_KEY, classes);
  return pickCurrent(classes, currentClassId.get() ?? null);
}

/** The live query of the class list is kept under this key (useCurrentClass). */
export const CLASSES_KEY = 'classes';
