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
  startedByOther,
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

/**
 * Her own conferring in those classes (any date: a goal continued this week may have begun in May): the
 * conferences she logged (a co-teacher's are hers to count, not this teacher's; one not yet synced was
 * logged here) and her own reflections on them (not a coach's).
 */
export async function loadMirror(scope: Scope, current: ClassRecord, store: Store = appStore()) {
  const [classes, { accountId }] = await Promise.all([classesOf(scope, current, store), shareState(store)]);
  const [all, students] = await Promise.all([
    Promise.all(classes.map((c) => conferencesOfClass(c.id, store))).then((each) => each.flat()),
    Promise.all(classes.map((c) => listStudents(c.id, {}, store))).then((each) => each.flat()),
  ]);
  const conferences = all.filter((c) => !c.loggedBy || accountId === null || c.loggedBy.id === accountId);
  const reflections = (
    await reflectionsOf(
      conferences.map((c) => c.id),
      store,
    )
  ).filter((r) => !startedByOther(r, accountId));
  return { classes, conferences, students, reflections };
}
