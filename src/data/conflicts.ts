// Text that lost a same-field race between two devices, for the teacher to review and restore.
import { SYNCED_TABLES, type SyncedTable } from '../protocol/types.ts';
import type { ConflictRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export function openConflicts(store: Store = appStore()): Promise<ConflictRecord[]> {
  return read(store, async () =>
    (await store.db.conflicts.where('resolved').equals(0).toArray()).sort((a, b) => b.at.localeCompare(a.at)),
  );
}

/** Puts the lost text back as the field's value (a new write that syncs), and closes the conflict. */
export async function restoreConflict(id: string, store = appStore()): Promise<void> {
  const conflict = await read(store, () => store.db.conflicts.get(id));
  if (!conflict || !SYNCED_TABLES.includes(conflict.table)) return;
  await mutate(
    store,
    [conflict.table as SyncedTable],
    async (write) => {
      await write.update(conflict.table, conflict.row, { [conflict.field]: conflict.lostValue } as never);
      await store.db.conflicts.update(id, { resolved: 1 });
    },
    ['conflicts'],
  );
}

export async function dismissConflict(id: string, store = appStore()): Promise<void> {
  await read(store, () => store.db.conflicts.update(id, { resolved: 1 }));
}
