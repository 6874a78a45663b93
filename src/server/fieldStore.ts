// How a push's fields reach the database: the homes of new rows, who wrote a recording's hash, the
// newest value of each field written where it is newer (read back in the same statement on PostgreSQL),
// and the rows a space already holds. The SQL of syncService.ts's push, one function a step.
import type { Kysely } from 'kysely';
import type { Change } from '../protocol/types.ts';
import type { DatabaseKind } from './database.ts';
import { ServiceError } from './errors.ts';
import { type FieldRow, fieldKey, type StoredField } from './merge.ts';
import type { Database } from './schema.ts';
import type { Placement } from './spaces.ts';

/** Rows per upsert statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const UPSERT_CHUNK = 500;
/** Fields per lookup of what is stored: three parameters each. */
const LOOKUP_CHUNK = 300;

/**
 * Writes the homes of the rows new to the server. Two pushes racing to make one id in two places: the
 * later one finds the home taken (its insert waits for the first to commit) and is refused whole.
 */
export async function settleHomes(
  tx: Kysely<Database>,
  homed: Placement['homed'],
  changes: readonly Change[],
  accountId: string,
): Promise<void> {
  for (let i = 0; i < homed.length; i += UPSERT_CHUNK) {
    const chunk = homed.slice(i, i + UPSERT_CHUNK);
    const made = await tx
      .insertInto('row_homes')
      .values(chunk.map((h) => ({ tbl: h.table, row_id: h.row, space_id: h.space, created_by: accountId })))
      .onConflict((oc) => oc.columns(['tbl', 'row_id']).doNothing())
      .returning(['tbl', 'row_id'])
      .execute();
    if (made.length === chunk.length) continue;
    const mine = new Set(made.map((m) => `${m.tbl}\u0000${m.row_id}`));
    const lost = chunk.find((h) => !mine.has(`${h.table}\u0000${h.row}`)) as (typeof chunk)[number];
    const index = changes.findIndex((c) => c.table === lost.table && c.row === lost.row);
    throw new ServiceError(
      409,
      `The ${lost.table} record ${lost.row} was just made in another class: a record's id means one record everywhere, so this change was refused. Nothing was stored.`,
      { code: 'id-taken', index, row: `${lost.table}/${lost.row}` },
    );
  }
}

/** Remembers who wrote each recording's or photo's hash: bytes are served only through an uploader. */
export async function noteAttachmentWriters(
  tx: Kysely<Database>,
  accountId: string,
  changes: readonly Change[],
): Promise<void> {
  const written = new Map<string, { sha256: string; row_id: string; account_id: string }>();
  for (const c of changes)
    if (c.table === 'attachments' && c.field === 'sha256' && typeof c.value === 'string')
      written.set(`${c.value}\u0000${c.row}`, { sha256: c.value, row_id: c.row, account_id: accountId });
  if (written.size === 0) return;
  await tx
    .insertInto('attachment_writers')
    .values([...written.values()])
    .onConflict((oc) => oc.columns(['sha256', 'row_id', 'account_id']).doNothing())
    .execute();
}

/**
 * Writes the newest value the batch gives each field (and the server's own rows) where it is newer than
 * what is stored, and answers what was stored before for every field the batch touches. On PostgreSQL
 * both are one statement: a data-modifying WITH runs against the same snapshot as the read, and the
 * space's row lock (taken by the version bump just before) keeps any other push out of it meanwhile.
 */
export async function storeNewest(
  kind: DatabaseKind,
  tx: Kysely<Database>,
  space: string,
  version: number,
  changes: readonly Change[],
  extra: readonly FieldRow[],
): Promise<Map<string, StoredField>> {
  const newest = new Map<string, FieldRow>();
  for (const c of changes) {
    const key = fieldKey(c.table, c.row, c.field);
    const held = newest.get(key);
    if (!held || c.hlc > held.hlc)
      newest.set(key, {
        table: c.table,
        row: c.row,
        field: c.field,
        json: JSON.stringify(c.value),
        hlc: c.hlc,
      });
  }
  const rows = [...newest.values(), ...extra];
  if (kind !== 'postgres' || rows.length > UPSERT_CHUNK || newest.size > LOOKUP_CHUNK) {
    const stored = await storedFields(tx, space, changes);
    await upsert(tx, space, version, rows);
    return stored;
  }
  const keys = [...newest.values()];
  const found = await tx
    .with('written', (db) =>
      db
        .insertInto('fields')
        .values(rows.map((row) => fieldValues(space, version, row)))
        .onConflict((oc) =>
          oc
            .columns(['space_id', 'tbl', 'row_id', 'field'])
            .doUpdateSet({
              value: (eb) => eb.ref('excluded.value'),
              hlc: (eb) => eb.ref('excluded.hlc'),
              version: (eb) => eb.ref('excluded.version'),
            })
            .where('fields.hlc', '<', (eb) => eb.ref('excluded.hlc')),
        )
        .returning('field'),
    )
    .selectFrom('fields')
    .select(['tbl', 'row_id', 'field', 'value', 'hlc'])
    .where('space_id', '=', space)
    .where((eb) =>
      eb(
        eb.refTuple('tbl', 'row_id', 'field'),
        'in',
        keys.map((c) => eb.tuple(c.table, c.row, c.field)),
      ),
    )
    .execute();
  return new Map(found.map((f) => [fieldKey(f.tbl, f.row_id, f.field), { json: f.value, hlc: f.hlc }]));
}

function fieldValues(space: string, version: number, row: FieldRow) {
  return {
    space_id: space,
    tbl: row.table,
    row_id: row.row,
    field: row.field,
    value: row.json,
    hlc: row.hlc,
    version,
  };
}

export async function upsert(
  tx: Kysely<Database>,
  space: string,
  version: number,
  rows: readonly FieldRow[],
) {
  for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
    await tx
      .insertInto('fields')
      .values(rows.slice(i, i + UPSERT_CHUNK).map((row) => fieldValues(space, version, row)))
      .onConflict((oc) =>
        oc
          .columns(['space_id', 'tbl', 'row_id', 'field'])
          .doUpdateSet({
            value: (eb) => eb.ref('excluded.value'),
            hlc: (eb) => eb.ref('excluded.hlc'),
            version: (eb) => eb.ref('excluded.version'),
          })
          .where('fields.hlc', '<', (eb) => eb.ref('excluded.hlc')),
      )
      .execute();
  }
}

/** What the server holds now for every field a batch touches. */
async function storedFields(
  tx: Kysely<Database>,
  space: string,
  changes: readonly Change[],
): Promise<Map<string, StoredField>> {
  const keys = [...new Map(changes.map((c) => [fieldKey(c.table, c.row, c.field), c])).values()];
  const stored = new Map<string, StoredField>();
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const chunk = keys.slice(i, i + LOOKUP_CHUNK);
    const found = await tx
      .selectFrom('fields')
      .select(['tbl', 'row_id', 'field', 'value', 'hlc'])
      .where('space_id', '=', space)
      .where((eb) =>
        eb(
          eb.refTuple('tbl', 'row_id', 'field'),
          'in',
          chunk.map((c) => eb.tuple(c.table, c.row, c.field)),
        ),
      )
      .execute();
    for (const f of found) stored.set(fieldKey(f.tbl, f.row_id, f.field), { json: f.value, hlc: f.hlc });
  }
  return stored;
}

export async function existingRows(
  tx: Kysely<Database>,
  space: string,
  table: string,
  rows: readonly string[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const found = await tx
    .selectFrom('fields')
    .select('row_id')
    .distinct()
    .where('space_id', '=', space)
    .where('tbl', '=', table)
    .where('row_id', 'in', [...new Set(rows)])
    .execute();
  return new Set(found.map((f) => f.row_id));
}
