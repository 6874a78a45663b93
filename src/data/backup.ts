// A backup of everything on this device, and a restore that can never lose a newer note. The records
// come out with their fields' clock stamps; a restore merges field by field by those stamps through the
// one write path (data/write.ts, the merge rule of protocol/merge.ts) in one transaction, all or nothing,
// and what it changes goes to the outbox, so it syncs like any write.

import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupRecord } from '../protocol/backup.ts';
import { isNewer, type StampedRecord } from '../protocol/merge.ts';
import { SYNCED_TABLES, type SyncedTable } from '../protocol/tables.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export interface BackupBlob {
  sha256: string;
  mime: string;
  bytes: ArrayBuffer;
}

/** Every synced record (tombstones too, so a delete is not undone by a restore) and every blob. */
export async function collectBackup(
  appVersion: string,
  store: Store = appStore(),
): Promise<{ backup: Backup; blobs: BackupBlob[] }> {
  return read(store, async () => {
    const tables: Backup['tables'] = {};
    for (const table of SYNCED_TABLES)
      tables[table] = (await store.db.table(table).toArray()) as BackupRecord[];
    const rows = await store.db.blobs.toArray();
    return {
      backup: {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: new Date().toISOString(),
        appVersion,
        tables,
        attachments: rows.map((b) => ({ sha256: b.sha256, mime: b.mime, size: b.size })),
      },
      blobs: rows.map((b) => ({ sha256: b.sha256, mime: b.mime, bytes: b.bytes })),
    };
  });
}

export interface RestoreCounts {
  /** Records not on this device. */
  added: number;
  /** Records where the backup has some newer field. */
  newerInBackup: number;
  /** Records where this device is as new or newer in every field (nothing of them changes). */
  newerHere: number;
}

export type RestorePreview = Record<SyncedTable, RestoreCounts> & { blobs: { added: number } };

function compare(local: BackupRecord | undefined, incoming: BackupRecord): keyof RestoreCounts {
  if (!local) return 'added';
  const newer = Object.entries(incoming._clock).some(([field, hlc]) => isNewer(hlc, local._clock?.[field]));
  return newer ? 'newerInBackup' : 'newerHere';
}

/** What a restore would do, table by table, before anything is written. */
export async function previewRestore(
  backup: Backup,
  blobs: readonly BackupBlob[],
  store: Store = appStore(),
): Promise<RestorePreview> {
  return read(store, async () => {
    const preview = { blobs: { added: 0 } } as RestorePreview;
    for (const table of SYNCED_TABLES) {
      const counts: RestoreCounts = { added: 0, newerInBackup: 0, newerHere: 0 };
      const records = backup.tables[table] ?? [];
      const locals = (await store.db.table(table).bulkGet(records.map((r) => r.id))) as (
        | BackupRecord
        | undefined
      )[];
      records.forEach((r, i) => {
        counts[compare(locals[i], r)] += 1;
      });
      preview[table] = counts;
    }
    const have = await store.db.blobs.bulkGet(blobs.map((b) => b.sha256));
    preview.blobs.added = have.filter((b) => !b).length;
    return preview;
  });
}

/**
 * Restores a checked backup: per field, the newer stamp wins, so an old backup never overwrites a newer
 * note. One transaction: all of it or, on any failure (a full disk, say), none. Changed fields go to the
 * outbox with their original stamps, so other devices merge them the same way.
 */
export async function restoreBackup(
  backup: Backup,
  blobs: readonly BackupBlob[],
  store: Store = appStore(),
): Promise<number> {
  const { db } = store;
  return mutate(
    store,
    SYNCED_TABLES,
    async (write) => {
      let changed = 0;
      for (const table of SYNCED_TABLES)
        for (const incoming of backup.tables[table] ?? [])
          if (await write.merge(table, incoming as StampedRecord)) changed += 1;
      const have = await db.blobs.bulkGet(blobs.map((b) => b.sha256));
      const fresh = blobs.filter((_, i) => !have[i]);
      if (fresh.length > 0)
        await db.blobs.bulkPut(
          fresh.map((b) => ({
            sha256: b.sha256,
            mime: b.mime,
            bytes: b.bytes,
            size: b.bytes.byteLength,
            uploaded: 0 as const,
          })),
        );
      return changed;
    },
    ['blobs'],
  );
}
