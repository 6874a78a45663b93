// Applies changes pulled from the sync server: per field, the newest HLC wins. In the same transaction
// the new cursor is saved, so an interrupted sync resumes where it stopped. A record this device has not
// seen yet waits in `incoming` until every one of its fields has arrived (a page may end between them),
// so no screen ever renders half a record. Same-field conflicts are found by the server, which sees every
// write; the texts it keeps arrive here as `conflicts` records like any other.
import type { Table } from 'dexie';
import { hearStamp, mergeField } from '../protocol/merge.ts';
import { withLaterDefaults } from '../protocol/tables.ts';
import { SYNCED_TABLES, type SyncedTable, type VersionedChange } from '../protocol/types.ts';
import { type IncomingRow, isWhole } from './records.ts';
import { applyShares, type ShareState, shareTables } from './sharedClassList.ts';
import type { Store } from './store.ts';
import { withStorage } from './store.ts';

type AnyRecord = IncomingRow['record'];

const keyOf = (table: string, row: string) => `${table}\u0000${row}`;

export interface ApplyResult {
  applied: number;
  /** Records that became whole (shown) in this page. */
  completed: number;
}

interface Target {
  table: SyncedTable;
  record: AnyRecord;
  /** Not yet a record on this device: it waits in `incoming` until whole. */
  incoming: boolean;
}

export async function applyRemoteChanges(
  store: Store,
  changes: readonly VersionedChange[],
  cursor: string,
  /** The share list the page came with: applied first, in the same transaction (data/sharedClassList.ts). */
  shares?: ShareState,
): Promise<ApplyResult> {
  const clock = await store.clock();
  const { db } = store;
  const tables = SYNCED_TABLES.map((t) => db.table(t));
  return withStorage(store, () =>
    db.transaction('rw', shares ? shareTables(store) : [...tables, db.incoming, db.meta], async () => {
      if (shares) await applyShares(store, shares);
      const targets = await loadTargets(store, changes);
      let applied = 0;
      for (const change of changes) {
        hearStamp(clock, change.hlc);
        const { record } = targets.get(keyOf(change.table, change.row)) as Target;
        if (mergeField(record, change.field, change.value, change.hlc).taken) applied += 1;
      }
      let completed = 0;
      for (const [key, target] of targets) {
        const table = db.table(target.table) as Table<AnyRecord, string>;
        if (!target.incoming) await table.put(target.record);
        else if (isWhole(target.table, target.record)) {
          await table.put(withLaterDefaults(target.table, target.record));
          await db.incoming.delete(key);
          completed += 1;
        } else await db.incoming.put({ key, table: target.table, record: target.record });
      }
      await db.meta.put({ key: 'syncCursor', value: cursor });
      await db.meta.put({ key: 'hlc', value: clock.current });
      return { applied, completed };
    }),
  );
}

/** The record (or the part-arrived one) of every row a page touches, read in one go per table. */
async function loadTargets(store: Store, changes: readonly VersionedChange[]): Promise<Map<string, Target>> {
  const { db } = store;
  const rowsByTable = new Map<SyncedTable, Set<string>>();
  for (const c of changes) {
    const rows = rowsByTable.get(c.table) ?? new Set<string>();
    rows.add(c.row);
    rowsByTable.set(c.table, rows);
  }
  const targets = new Map<string, Target>();
  const missing: [SyncedTable, string][] = [];
  for (const [table, rows] of rowsByTable) {
    const ids = [...rows];
    const found = await (db.table(table) as Table<AnyRecord, string>).bulkGet(ids);
    ids.forEach((id, i) => {
      const record = found[i];
      if (record) targets.set(keyOf(table, id), { table, record, incoming: false });
      else missing.push([table, id]);
    });
  }
  const waiting = await db.incoming.bulkGet(missing.map(([table, id]) => keyOf(table, id)));
  missing.forEach(([table, id], i) => {
    const record = waiting[i]?.record ?? { id, _clock: {} };
    targets.set(keyOf(table, id), { table, record, incoming: true });
  });
  return targets;
}
