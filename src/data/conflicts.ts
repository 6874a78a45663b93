// Text that lost a same-field race between two devices, kept by the sync server as `conflicts` records
// (they sync, so every device shows them), for the teacher to restore or dismiss; either choice syncs.
import { SYNCED_TABLES, type SyncedTable } from '../protocol/types.ts';
import { byCodeUnit } from './order.ts';
import type { ConflictRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export function openConflicts(store: Store = appStore()): Promise<ConflictRecord[]> {
  return read(store, async () =>
    (await store.db.conflicts.where('resolved').equals(0).toArray())
      .filter((c) => c.deleted === 0)
      .sort((a, b) => byCodeUnit(b.at, a.at)),
  );
}

/** Puts the lost text back as the field's value (a new write that syncs), and closes the conflict. */
export async function restoreConflict(id: string, store = appStore()): Promise<void> {
  const conflict = await read(store, () => store.db.conflicts.get(id));
  if (!conflict || !SYNCED_TABLES.includes(conflict.table)) return;
  const table = conflict.table as SyncedTable;
  await mutate(store, [...new Set<SyncedTable>([table, 'conflicts'])], async (write) => {
    await write.update(table, conflict.row, { [conflict.field]: conflict.lostValue } as never);
    await write.update('conflicts', id, { resolved: 1 });
  });
}

/** Closes a conflict, keeping the note as it is; syncs, so her other devices stop showing it too. */
export async function dismissConflict(id: string, store = appStore()): Promise<void> {
  await mutate(store, ['conflicts'], (write) => write.update('conflicts', id, { resolved: 1 }));
}
