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
