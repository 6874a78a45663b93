// The one write path. Every change to a synced record goes through `mutate`: in one Dexie transaction it
// writes the record, stamps each changed field with this device's HLC and appends one outbox change per
// field. Offline this is the whole story; sync later pushes the outbox. If anything throws, the transaction
// rolls back: no record, no outbox row, nothing half-written.
import type { Table } from 'dexie';
import type { HybridClock } from '../protocol/hlc.ts';
import { hearStamp, mergeField, type StampedRecord } from '../protocol/merge.ts';
import { checkField, isServerWritten, type SyncedTable } from '../protocol/tables.ts';
import type { Json } from '../protocol/types.ts';
import { InvalidInputError } from './errors.ts';
import { newId } from './ids.ts';
import type { Fields, OutboxRow, RecordOf } from './records.ts';
import { type Store, withStorage } from './store.ts';

export interface Writer {
  /** Creates a record with a new UUIDv7 key; every field is stamped. */
  create<T extends SyncedTable>(table: T, fields: Fields<T>): Promise<RecordOf[T]>;
  /** Changes some fields of an existing record; unchanged values are not stamped. */
  update<T extends SyncedTable>(table: T, id: string, fields: Partial<Fields<T>>): Promise<RecordOf[T]>;
  /** Writes a record under a key the caller chose (one grid per class and week): creates or updates. */
  put<T extends SyncedTable>(table: T, id: string, fields: Fields<T>): Promise<RecordOf[T]>;
  /** Tombstones a record (`deleted: 1`); it stays so that the delete can sync. */
  remove(table: SyncedTable, id: string): Promise<void>;
  /**
   * Merges a record stamped elsewhere (a backup's) field by field: a field is taken only where its stamp
   * is newer than this device's, and goes to the outbox with that stamp, so other devices merge it the
   * same way. Answers whether anything was taken.
   */
  merge(table: SyncedTable, incoming: StampedRecord): Promise<boolean>;
}

type AnyRecord = Record<string, unknown> & { id: string; _clock: Record<string, string> };

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof ArrayBuffer || b instanceof ArrayBuffer) return false;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function writerFor(store: Store, clock: HybridClock): Writer {
  const { db } = store;
  const tableOf = (name: SyncedTable) => db.table(name) as Table<AnyRecord, string>;

  async function stamp(table: SyncedTable, id: string, fields: object, existing: AnyRecord | undefined) {
    const record: AnyRecord = existing ? { ...existing, _clock: { ...existing._clock } } : { id, _clock: {} };
    const changes: OutboxRow[] = [];
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined || field === 'id' || field === '_clock') continue;
      if (existing && sameValue(existing[field], value)) continue;
      // The registry's rules, checked where the value is written: what sync would refuse never gets in.
      const problem = checkField(table, field, value as Json);
      if (problem) throw new InvalidInputError(`Cannot save this: ${problem}.`);
      const hlc = clock.send();
      // The stamp this write replaces: the server uses it to notice another device's write in between.
      const baseHlc = record._clock[field] ?? null;
      record[field] = value;
      record._clock[field] = hlc;
      changes.push({ table, row: id, field, value, hlc, baseHlc });
    }
    // The record, its changes and the clock they advanced, at once: a transaction's requests run in
    // order anyway, without a wait between them.
    if (changes.length > 0)
      await Promise.all([
        tableOf(table).put(record),
        db.outbox.bulkAdd(changes),
        db.meta.put({ key: 'hlc', value: clock.current }),
      ]);
    return record;
  }

  return {
    async create(table, fields) {
      const id = newId();
      return (await stamp(table, id, fields, undefined)) as unknown as RecordOf[typeof table];
    },
    async update(table, id, fields) {
      const existing = await tableOf(table).get(id);
      if (!existing || existing.deleted === 1) throw new InvalidInputError('That record no longer exists.');
      return (await stamp(table, id, fields, existing)) as unknown as RecordOf[typeof table];
    },
    async put(table, id, fields) {
      const existing = await tableOf(table).get(id);
      return (await stamp(table, id, fields, existing)) as unknown as RecordOf[typeof table];
    },
    async remove(table, id) {
      const existing = await tableOf(table).get(id);
      if (!existing || existing.deleted === 1) return;
      await stamp(table, id, { deleted: 1 }, existing);
    },
    async merge(table, incoming) {
      const existing = await tableOf(table).get(incoming.id);
      const record: AnyRecord = existing
        ? { ...existing, _clock: { ...existing._clock } }
        : { id: incoming.id, _clock: {} };
      const changes: OutboxRow[] = [];
      let took = 0;
      for (const [field, hlc] of Object.entries(incoming._clock)) {
        const merged = mergeField(record, field, incoming[field], hlc);
        if (!merged.taken) continue;
        took += 1;
        hearStamp(clock, hlc);
        // What only the sync server writes (who logged a conference, whose a reflection is) is kept as it
        // came, never sent back: the server would refuse it.
        if (isServerWritten(table, field)) continue;
        changes.push({
          table,
          row: incoming.id,
          field,
          value: incoming[field],
          hlc,
          baseHlc: merged.replaced,
        });
      }
      if (took === 0) return false;
      await Promise.all([
        tableOf(table).put(record),
        db.outbox.bulkAdd(changes),
        db.meta.put({ key: 'hlc', value: clock.current }),
      ]);
      return true;
    },
  };
}

/**
 * Runs `change` in one read-write transaction over `tables` (plus the outbox, the clock and any local
 * tables such as drafts, so a saved note and the removal of its draft happen together). All or
 * nothing; storage failures reach the caller as a StorageError. Never await anything but this store's
 * Dexie calls inside `change`: another promise would commit the transaction early.
 */
export async function mutate<R>(
  store: Store,
  tables: readonly SyncedTable[],
  change: (write: Writer) => Promise<R>,
  localTables: readonly ('drafts' | 'recordings' | 'blobs')[] = [],
): Promise<R> {
  const clock = await store.clock();
  const { db } = store;
  const scope = [...tables, ...localTables].map((t) => db.table(t));
  const result = await withStorage(store, () =>
    db.transaction('rw', [...scope, db.outbox, db.meta], async () => {
      const saved = await db.meta.get('hlc');
      if (typeof saved?.value === 'string') clock.observe(saved.value);
      // Each write keeps the clock with it (stamp): nothing is left to write here.
      return await change(writerFor(store, clock));
    }),
  );
  if (store.state.get().error) store.state.set({ ...store.state.get(), error: null });
  return result;
}

/** A read through the same lost-connection handling as writes. */
export function read<R>(store: Store, query: () => Promise<R>): Promise<R> {
  return withStorage(store, query);
}
