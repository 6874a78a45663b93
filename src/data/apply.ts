// Applies changes pulled from the sync server: per field, the newest HLC wins. In the same transaction
// the new cursor is saved, so an interrupted sync resumes where it stopped. Text that loses a same-field
// race against an edit still waiting in this device's outbox (two devices changed it offline) is kept in
// `conflicts`: no note is ever silently dropped.
import type { Table } from 'dexie';
import { uuidv7 } from 'uuidv7';
import { ClockDriftError } from '../protocol/hlc.ts';
import { SYNCED_TABLES, type VersionedChange } from '../protocol/types.ts';
import type { ConflictRecord, OutboxRow } from './records.ts';
import type { Store } from './store.ts';
import { withStorage } from './store.ts';

type AnyRecord = Record<string, unknown> & { id: string; _clock: Record<string, string> };

const key = (table: string, row: string, field: string) => `${table}\u0000${row}\u0000${field}`;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export interface ApplyResult {
  applied: number;
  conflicts: number;
}

export async function applyRemoteChanges(
  store: Store,
  changes: readonly VersionedChange[],
  cursor: string,
): Promise<ApplyResult> {
  const clock = await store.clock();
  const { db } = store;
  const tables = SYNCED_TABLES.map((t) => db.table(t));
  return withStorage(store, () =>
    db.transaction('rw', [...tables, db.outbox, db.conflicts, db.meta], async () => {
      const pending = new Set(
        (await db.outbox.toArray()).map((o: OutboxRow) => key(o.table, o.row, o.field)),
      );
      const touched = new Map<string, { table: string; record: AnyRecord }>();
      let applied = 0;
      let conflicts = 0;
      const now = new Date().toISOString();
      for (const change of changes) {
        try {
          clock.receive(change.hlc);
        } catch (error) {
          // This device's clock is behind the server's by more than 5 minutes: still never go backwards.
          if (error instanceof ClockDriftError) clock.observe(change.hlc);
          else throw error;
        }
        const id = `${change.table}\u0000${change.row}`;
        const table = db.table(change.table) as Table<AnyRecord, string>;
        const record = touched.get(id)?.record ??
          (await table.get(change.row)) ?? { id: change.row, _clock: {} };
        const localHlc = record._clock[change.field];
        const local = record[change.field];
        if (localHlc === change.hlc) continue;
        // A same-field edit still in this device's outbox, against another device's change: concurrent.
        // (The echo of this device's own earlier push is not: the teacher herself typed over it.)
        const concurrent =
          pending.has(key(change.table, change.row, change.field)) && !change.hlc.endsWith(clock.node);
        if (localHlc === undefined || change.hlc > localHlc) {
          if (concurrent && isText(local) && local !== change.value) {
            await db.conflicts.add(conflictOf(change, local, localHlc ?? '', change.hlc, now));
            conflicts += 1;
          }
          record[change.field] = change.value;
          record._clock = { ...record._clock, [change.field]: change.hlc };
          touched.set(id, { table: change.table, record });
          applied += 1;
        } else if (concurrent && isText(change.value) && change.value !== local) {
          await db.conflicts.add(conflictOf(change, change.value, change.hlc, localHlc, now));
          conflicts += 1;
        }
      }
      for (const { table, record } of touched.values()) await db.table(table).put(record);
      await db.meta.put({ key: 'syncCursor', value: cursor });
      await db.meta.put({ key: 'hlc', value: clock.current });
      return { applied, conflicts };
    }),
  );
}

function conflictOf(
  change: VersionedChange,
  lostValue: string,
  lostHlc: string,
  keptHlc: string,
  at: string,
): ConflictRecord {
  return {
    id: uuidv7(),
    table: change.table,
    row: change.row,
    field: change.field,
    lostValue,
    lostHlc,
    keptHlc,
    at,
    resolved: 0,
  };
}
