// The outbox, as the sync client sees it: the oldest changes to push, their removal once the server
// acknowledged them, and the changes set aside (parked) when the server refused them or they can never fit
// a request, so that one bad change never holds back the rest. A parked change stays on this device,
// with its record, until she tries it again.
import type { OutboxRow, ParkedRow } from './records.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

export function pendingChanges(store: Store = appStore()): Promise<OutboxRow[]> {
  return read(store, () => store.db.outbox.orderBy('seq').toArray());
}

export function pendingCount(store: Store = appStore()): Promise<number> {
  return read(store, () => store.db.outbox.count());
}

/** The oldest changes waiting to be pushed. */
export function outboxBatch(limit: number, store: Store = appStore()): Promise<OutboxRow[]> {
  return read(store, () => store.db.outbox.orderBy('seq').limit(limit).toArray());
}

/** Removes pushed changes, only after the server acknowledged them. */
export function acknowledge(seqs: readonly number[], store: Store = appStore()): Promise<void> {
  return read(store, () => store.db.outbox.bulkDelete([...seqs]));
}

/** Where this device's last pull stopped ("0" before the first pull). */
export function syncCursor(store: Store = appStore()): Promise<string> {
  return read(store, async () => String((await store.db.meta.get('syncCursor'))?.value ?? '0'));
}

export function parkedChanges(store: Store = appStore()): Promise<ParkedRow[]> {
  return read(store, () => store.db.parked.orderBy('seq').toArray());
}
