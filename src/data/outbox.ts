// Read access to the outbox for status displays and tests; the sync client owns removal.
import type { OutboxRow } from './records.ts';
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
