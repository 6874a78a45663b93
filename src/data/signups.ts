// The sign-up queue: students who asked for a conference (seed 001). Logging that student's next
// conference clears the sign-up (conferences.ts).
import { InvalidInputError } from './errors.ts';
import { byCodeUnit } from './order.ts';
import type { SignupRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

/** Adds a student to the queue; one open sign-up per student (asking twice keeps the first place). */
export async function addSignup(
  classId: string,
  studentId: string,
  reason = '',
  store = appStore(),
): Promise<SignupRecord> {
  const why = reason.replace(/\s+/g, ' ').trim();
  if (why.length > 200) throw new InvalidInputError('Keep the reason short (200 characters).');
  return mutate(store, ['signups'], async (write) => {
    const open = (await store.db.signups.where('studentId').equals(studentId).toArray()).find(
      (s) => s.deleted === 0 && s.clearedAt === null,
    );
    if (open) return why && why !== open.reason ? write.update('signups', open.id, { reason: why }) : open;
    return write.create('signups', {
      classId,
      studentId,
      reason: why,
      at: new Date().toISOString(),
      clearedAt: null,
      deleted: 0,
    });
  });
}

/** Takes a student off the queue without a conference (she changed her mind). */
export async function removeSignup(id: string, store = appStore()): Promise<void> {
  await mutate(store, ['signups'], (write) => write.remove('signups', id));
}

/** Open sign-ups of a class, oldest first: first asked, first seen. */
export function openSignups(classId: string, store: Store = appStore()): Promise<SignupRecord[]> {
  return read(store, async () => {
    const rows = await store.db.signups.where('classId').equals(classId).toArray();
    return rows.filter((s) => s.deleted === 0 && s.clearedAt === null).sort((a, b) => byCodeUnit(a.at, b.at));
  });
}
