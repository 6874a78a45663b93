// What My conferring reads: the conferences, students and reflections of the class on screen, or of all
// her classes.
import {
  appStore,
  type ClassRecord,
  canEdit,
  conferencesOfClass,
  listClasses,
  listStudents,
  reflectionsOf,
  type Store,
  shareState,
} from '../../data/index.ts';

/** Whose conferring: the class on screen, or every class she teaches. */
export type Scope = 'class' | 'all';

/**
 * Her classes for "All my classes": every class on this device, archived ones too (their conferences are
 * hers still), but not a class she only coaches (its conferences are another teacher's).
 */
export async function classesOf(scope: Scope, current: ClassRecord, store: Store = appStore()) {
  if (scope === 'class') return [current];
  const [classes, shares] = await Promise.all([listClasses(store), shareState(store)]);
  return classes.filter((c) => canEdit(shares, c.id));
}

/** Every conference of those classes (any date: a goal continued this week may have begun in May). */
export async function loadMirror(scope: Scope, current: ClassRecord, store: Store = appStore()) {
  const classes = await classesOf(scope, current, store);
  const [conferences, students] = await Promise.all([
    Promise.all(classes.map((c) => conferencesOfClass(c.id, store))).then((all) => all.flat()),
    Promise.all(classes.map((c) => listStudents(c.id, {}, store))).then((all) => all.flat()),
  ]);
  const reflections = await reflectionsOf(
    conferences.map((c) => c.id),
    store,
  );
  return { classes, conferences, students, reflections };
}
