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

/**
 * What waits to be pushed, as the teacher counts it: records, not fields (one conference is one, though
 * it is fifteen changed fields), and how many of them are conferences.
 */
export function pendingSummary(store: Store = appStore()): Promise<{ records: number; conferences: number }> {
  return read(store, async () => {
    const rows = new Set<string>();
    const conferences = new Set<string>();
    await store.db.outbox.each((c) => {
      rows.add(`${c.table}\u0000${c.row}`);
      if (c.table === 'conferences') conferences.add(c.row);
    });
    return { records: rows.size, conferences: conferences.size };
  });
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
