// The sign-up queue: students who asked for a conference. Logging that student's next conference clears
// the sign-up (conferences.ts).
import type { SignupRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

/** Open sign-ups of a class, oldest first: first asked, first seen. */
export function openSignups(classId: string, store: Store = appStore()): Promise<SignupRecord[]> {
  return read(store, async () => {
    const rows = await store.db.signups.where('classId').equals(classId).toArray();
    return rows
      .filter((s) => s.deleted === 0 && s.clearedAt === null)
      .sort((a, b) => a.at.localeCompare(b.at));
  });
}
