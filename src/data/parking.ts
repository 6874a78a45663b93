// Setting changes aside: the sync engine parks a change the server refused (or that can never fit a
// request), with words naming the note, so the rest syncs; Settings puts one back. Loaded with the sync
// engine and Settings, not with the app shell.

import { shortDay as day } from './dates.ts';
import type { OutboxRow } from './records.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

/** Words that name the record a change belongs to, for a teacher: "the conference note with Ana, 3 Nov". */
export function describeChange(
  change: Pick<OutboxRow, 'table' | 'row' | 'field'>,
  store: Store = appStore(),
) {
  return read(store, async () => {
    const { db } = store;
    const studentNames = async (ids: readonly string[]) =>
      (await db.students.bulkGet([...ids])).map((s) => s?.name ?? 'a student').join(', ');
    if (change.table === 'conferences') {
      const c = await db.conferences.get(change.row);
      if (c)
        return `the conference note with ${await studentNames(c.studentIds)} (${day(c.at)}, ${change.field})`;
    }
    if (change.table === 'attachments') {
      const a = await db.attachments.get(change.row);
      const c = a ? await db.conferences.get(a.conferenceId) : undefined;
      if (a && c)
        return `the ${a.kind === 'audio' ? 'recording' : 'photo'} of the conference with ${await studentNames(c.studentIds)} (${day(c.at)})`;
    }
    if (change.table === 'goals') {
      const g = await db.goals.get(change.row);
      if (g) return `${await studentNames([g.studentId])}'s goal "${g.text.slice(0, 40)}"`;
    }
    if (change.table === 'students') {
      const s = await db.students.get(change.row);
      if (s) return `the student ${s.name}`;
    }
    if (change.table === 'classes') {
      const k = await db.classes.get(change.row);
      if (k) return `the class ${k.name}`;
    }
    return `a change to ${change.table} (${change.field})`;
  });
}

/** Moves one change from the outbox to the parked list, in one transaction, with the reason. */
export function parkChange(seq: number, reason: string, store: Store = appStore()): Promise<void> {
  return read(store, () =>
    store.db.transaction('rw', [store.db.outbox, store.db.parked], async () => {
      const row = await store.db.outbox.get(seq);
      if (!row) return;
      await store.db.parked.put({ ...row, seq, reason, at: new Date().toISOString() });
      await store.db.outbox.delete(seq);
    }),
  );
}

/** Puts a parked change back at the end of the outbox, to be sent with the next sync. */
export function retryParked(seq: number, store: Store = appStore()): Promise<void> {
  return read(store, () =>
    store.db.transaction('rw', [store.db.outbox, store.db.parked], async () => {
      const row = await store.db.parked.get(seq);
      if (!row) return;
      const { seq: _seq, reason: _reason, at: _at, ...change } = row;
      await store.db.outbox.add(change);
      await store.db.parked.delete(seq);
    }),
  );
}
