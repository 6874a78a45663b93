// Setting changes aside: the sync engine parks a change the server refused (or that can never fit a
// request), with words naming the note (changeWords.ts), so the rest syncs; Settings puts one back.
// Loaded with the sync engine and Settings, not with the app shell.

import { describeField, describeRecord, refusedWords } from './changeWords.ts';
import type { OutboxRow } from './records.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

/** Words that name what a change changed, for a teacher: "the note of the conference with Ana (Nov 3)". */
export function describeChange(
  change: Pick<OutboxRow, 'table' | 'row' | 'field'>,
  store: Store = appStore(),
): Promise<string> {
  return read(store, () => describeField(change, store));
}

/** Why the server refused a record she may not write there, in her words (changeWords.ts). */
export function whyRefused(
  code: 'forbidden' | 'id-taken',
  change: Pick<OutboxRow, 'table' | 'row'>,
  store: Store = appStore(),
): Promise<string> {
  return read(store, () => refusedWords(code, change, store));
}

/**
 * Sets one change aside with the sentence Settings shows ("… was not synced: why"). `why` alone is kept
 * too, with the whole record's words, so that Settings says once what befell every change of one record.
 */
export async function park(
  change: OutboxRow & { seq: number },
  why: string,
  store: Store = appStore(),
): Promise<void> {
  const [what, record] = await Promise.all([
    describeChange(change, store),
    read(store, () => describeRecord(change, store)),
  ]);
  await parkChange(change.seq, `${what} was not synced: ${why}`, store, { record, why });
}

/** Moves one change from the outbox to the parked list, in one transaction, with the reason. */
export function parkChange(
  seq: number,
  reason: string,
  store: Store = appStore(),
  words: { record?: string; why?: string } = {},
): Promise<void> {
  return read(store, () =>
    store.db.transaction('rw', [store.db.outbox, store.db.parked], async () => {
      const row = await store.db.outbox.get(seq);
      if (!row) return;
      await store.db.parked.put({ ...row, seq, reason, ...words, at: new Date().toISOString() });
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
      const { seq: _seq, reason: _reason, at: _at, record: _record, why: _why, ...change } = row;
      await store.db.outbox.add(change);
      await store.db.parked.delete(seq);
    }),
  );
}
