// Search's rows checked against the notes once a class a session (the upgrade that builds them is
// wordIndexBuild.ts, which the schema itself loads).
import type { Store } from './store.ts';
import { ofClass, rebuildClassIndex } from './wordIndexBuild.ts';

/** The classes found in step on each store: every write keeps them so, and a class is checked once. */
const inStep = new WeakMap<Store, Set<string>>();

/**
 * The two stores hold one row per note; should they ever differ in number for a class (notes that
 * reached the database some other way), its rows and keys are made again from its notes first.
 */
export async function keepInStep(classId: string, store: Store): Promise<void> {
  const { db } = store;
  const checked = inStep.get(store) ?? new Set<string>();
  inStep.set(store, checked);
  if (checked.has(classId)) return;
  const [notes, rows] = await Promise.all([
    db.conferences
      .where('[classId+at]')
      .between(...ofClass(classId))
      .count(),
    db.noteIndex
      .where('[classId+at]')
      .between(...ofClass(classId))
      .count(),
  ]);
  if (notes !== rows)
    await db.transaction('rw', [db.conferences, db.students, db.noteIndex, db.meta], () =>
      rebuildClassIndex(db, classId),
    );
  checked.add(classId);
}
