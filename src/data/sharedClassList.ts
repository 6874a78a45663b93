// Shared classes on this device. Every pull names the classes shared with her (and hers that she shares);
// that list is kept here, in the same transaction as the changes it came with. A class that was shared
// with her and is no longer listed (its owner removed her, or deleted it) leaves this device whole: every
// record of it, its recordings' bytes, and whatever of it was still waiting to sync. What she wrote that
// had not synced is never dropped silently: it is kept aside, one entry per record, in words she can
// read and copy, until she deletes the entry.
import type { Table } from 'dexie';
import { SYNCED_TABLES, type SyncedTable, TABLES } from '../protocol/tables.ts';
import type { SharedClass } from '../protocol/types.ts';
import { shortDay } from './dates.ts';
import type { OutboxRow } from './records.ts';
import { NO_SHARES, SHARES_KEY, type ShareState } from './roles.ts';
import { NO_LONGER_SHARED_KEY, type NoLongerShared } from './sharedWords.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

export type { KeptAsideRow, ShareState } from './roles.ts';

/** Tables whose rows name their class in `classId`. */
const BY_CLASS_ID = SYNCED_TABLES.filter((t) => Object.hasOwn(TABLES[t].fields, 'classId'));

/** The field that tells the sync server which class a record of this table belongs to. */
export function placingField(table: SyncedTable): string | null {
  if (table === 'attachments') return 'conferenceId';
  return (BY_CLASS_ID as readonly string[]).includes(table) ? 'classId' : null;
}

/** The tables the store must open to apply a share list (with the local ones it touches). */
export function shareTables(store: Store): Table[] {
  const { db } = store;
  return [
    ...SYNCED_TABLES.map((t) => db.table(t)),
    db.outbox,
    db.parked,
    db.incoming,
    db.meta,
    db.keptAside,
    db.blobs,
  ];
}

/**
 * Keeps a pull's share list, and removes from this device every class that was shared with her and is
 * no longer: call inside a transaction over `shareTables`. Each class removed is noted for the screens to
 * tell her of it once (roles.ts's noLongerShared), in the same transaction. Returns the classes removed.
 */
export async function applyShares(store: Store, next: ShareState): Promise<string[]> {
  const { db } = store;
  const previous = ((await db.meta.get(SHARES_KEY))?.value as ShareState | undefined) ?? NO_SHARES;
  const gone =
    previous.accountId !== null && previous.accountId !== next.accountId
      ? []
      : previous.shares.filter(
          (s) =>
            s.role !== 'owner' && !next.shares.some((n) => n.classId === s.classId && n.role !== 'owner'),
        );
  const removed: NoLongerShared[] = [];
  for (const share of gone) removed.push(await removeClass(store, share));
  if (removed.length > 0) {
    const untold = ((await db.meta.get(NO_LONGER_SHARED_KEY))?.value as NoLongerShared[] | undefined) ?? [];
    await db.meta.put({
      key: NO_LONGER_SHARED_KEY,
      value: [...untold.filter((u) => !removed.some((r) => r.classId === u.classId)), ...removed],
    });
  }
  await db.meta.put({ key: SHARES_KEY, value: next });
  return gone.map((s) => s.classId);
}

type AnyRecord = { id: string; [field: string]: unknown };

const LABELS: Record<string, string> = {
  research: 'Research',
  childGoal: 'Child’s goal',
  compliment: 'Compliment',
  teachingPoint: 'Teaching point',
  nextStep: 'Next step',
  note: 'Note',
  text: 'Text',
  name: 'Name',
  reason: 'Reason',
  about: 'About',
};

async function removeClass(store: Store, share: SharedClass): Promise<NoLongerShared> {
  const { db } = store;
  const classId = share.classId;
  const klass = (await db.classes.get(classId)) as AnyRecord | undefined;
  const className = typeof klass?.name === 'string' ? klass.name : 'A class';
  const records = new Map<string, AnyRecord>();
  const add = (table: string, rows: readonly object[]) => {
    for (const r of rows as AnyRecord[]) records.set(`${table}\u0000${r.id}`, r);
  };
  if (klass) add('classes', [klass]);
  for (const table of BY_CLASS_ID) {
    const indexes: readonly string[] = TABLES[table].indexes;
    const index = indexes.includes('classId') ? 'classId' : '[classId+weekOf]';
    const rows =
      index === 'classId'
        ? await db.table(table).where('classId').equals(classId).toArray()
        : await db.table(table).where(index).between([classId, ''], [classId, '\uffff']).toArray();
    add(table, rows);
  }
  const conferenceIds = [...records.keys()]
    .filter((k) => k.startsWith('conferences\u0000'))
    .map((k) => k.slice(12));
  const attachments = await db.attachments.where('conferenceId').anyOf(conferenceIds).toArray();
  add('attachments', attachments);
  add(
    'reflections',
    (await db.reflections.bulkGet(conferenceIds)).filter((r) => r !== undefined),
  );
  const students = new Map(
    [...records.entries()]
      .filter(([k]) => k.startsWith('students\u0000'))
      .map(([, s]) => [s.id, String(s.name)]),
  );

  // What of it had not synced, kept aside in words, one entry per record.
  const unsynced = new Map<string, OutboxRow[]>();
  const waiting = [...(await db.outbox.toArray()), ...(await db.parked.toArray())];
  for (const change of waiting) {
    const key = `${change.table}\u0000${change.row}`;
    if (!records.has(key)) continue;
    unsynced.set(key, [...(unsynced.get(key) ?? []), change]);
  }
  const at = new Date().toISOString();
  let kept = 0;
  for (const [key, changes] of unsynced) {
    const record = records.get(key) as AnyRecord;
    const table = key.slice(0, key.indexOf('\u0000'));
    const lines = [...new Set(changes.map((c) => c.field))]
      .filter((field) => typeof record[field] === 'string' && (record[field] as string).trim() !== '')
      .filter(
        (field) => !['classId', 'studentId', 'at', 'on', 'weekOf', 'setOn', 'mime', 'sha256'].includes(field),
      )
      .map((field) => `${LABELS[field] ?? field}: ${record[field] as string}`);
    if (lines.length === 0) continue;
    await db.keptAside.add({
      at,
      className,
      what: describe(table, record, students),
      text: lines.join('\n'),
    });
    kept += 1;
  }
  const seqs = waiting.filter((c) => records.has(`${c.table}\u0000${c.row}`)).map((c) => c.seq as number);
  await db.outbox.bulkDelete(seqs);
  await db.parked.bulkDelete(seqs);

  for (const key of records.keys()) {
    const [table, id] = key.split('\u0000') as [SyncedTable, string];
    await db.table(table).delete(id);
  }
  const incoming = await db.incoming.toArray();
  await db.incoming.bulkDelete(
    incoming
      .filter((i) => i.record.classId === classId || conferenceIds.includes(String(i.record.conferenceId)))
      .map((i) => i.key),
  );
  const hashes = attachments.map((a) => a.sha256);
  const stillNamed = new Set(
    (await db.attachments.where('sha256').anyOf(hashes).toArray()).map((a) => a.sha256),
  );
  await db.blobs.bulkDelete(hashes.filter((h) => !stillNamed.has(h)));
  return { classId, className, owner: share.owner, kept, at };
}

function describe(table: string, record: AnyRecord, students: ReadonlyMap<string, string>): string {
  const names = (ids: unknown) =>
    (Array.isArray(ids) ? ids : [ids]).map((id) => students.get(String(id)) ?? 'a student').join(', ');
  switch (table) {
    case 'conferences':
      return `Conference with ${names(record.studentIds)} (${shortDay(String(record.at))})`;
    case 'goals':
      return `${names(record.studentId)}’s goal`;
    case 'assessments':
      return `Assessment note on ${names(record.studentId)}`;
    case 'students':
      return `The student ${String(record.name)}`;
    case 'reflections':
      return 'A reflection on a conference';
    default:
      return `A ${table.replace(/s$/, '')} record`;
  }
}

/**
 * What a push batch must carry so that the server can place each of its records: the record's class (a
 * recording's conference) as this device holds it, under the stamp it already has, for every record of
 * the batch that does not carry it. Sent again with its own stamp, a field changes nothing on the server.
 */
export function placingChanges(batch: readonly OutboxRow[], store: Store = appStore()): Promise<OutboxRow[]> {
  return read(store, async () => {
    const carried = new Set(
      batch.filter((c) => placingField(c.table) === c.field).map((c) => `${c.table}\u0000${c.row}`),
    );
    const needed = new Map<SyncedTable, Set<string>>();
    for (const c of batch) {
      if (!placingField(c.table) || carried.has(`${c.table}\u0000${c.row}`)) continue;
      needed.set(c.table, (needed.get(c.table) ?? new Set()).add(c.row));
    }
    const extra: OutboxRow[] = [];
    for (const [table, rows] of needed) {
      const field = placingField(table) as string;
      const records = (await store.db.table(table).bulkGet([...rows])) as (AnyRecord | undefined)[];
      for (const record of records) {
        const value = record?.[field];
        const hlc = (record?._clock as Record<string, string> | undefined)?.[field];
        if (record && typeof value === 'string' && hlc)
          extra.push({ table, row: record.id, field, value, hlc, baseHlc: null });
      }
    }
    return extra;
  });
}
