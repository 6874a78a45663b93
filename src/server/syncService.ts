// The sync service owns the sync SQL: push (merged in order under the account's row lock, the version
// bumped inside the transaction) and paged pull. One account never sees another's rows: every query is
// keyed by the account id that the bearer token resolved to (accountService.ts).
import { type Kysely, sql } from 'kysely';
import { formatHlc, MAX_DRIFT_MS, parseHlc } from '../protocol/hlc.ts';
import { type Change, MAX_PAGE_BYTES, type PushResponse } from '../protocol/types.ts';
import { AccountService } from './accountService.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import type { DatabaseKind } from './database.ts';
import { ServiceError } from './errors.ts';
import { fieldKey, mergeChanges, SERVER_NODE, type StoredField } from './merge.ts';
import type { Database } from './schema.ts';

export { ServiceError } from './errors.ts';

export const DEFAULT_PULL_LIMIT = 1000;

export interface PulledRow {
  tbl: string;
  row_id: string;
  field: string;
  /** JSON text */
  value: string;
  hlc: string;
  version: number;
}

/** Rows per upsert statement: well under SQLite's and PostgreSQL's bound-parameter limits. */
const UPSERT_CHUNK = 500;
/** Fields per lookup of what is stored: three parameters each. */
const LOOKUP_CHUNK = 300;

/**
 * Push and pull for the accounts that AccountService signs in; one object for the routes, two files
 * for two things.
 */
export class SyncService extends AccountService {
  constructor(
    db: Kysely<Database>,
    readonly kind: DatabaseKind,
    now: () => number = Date.now,
    tokenIdleDays?: number,
  ) {
    super(db, now, tokenIdleDays);
  }

  /**
   * Stores a batch of changes, all or nothing. Refuses the whole batch if any HLC is more than five
   * minutes ahead of the server's clock. The account's version is bumped first, inside the transaction:
   * the row lock makes pushes of one account commit in version order, so a pull never skips a change, and
   * makes each push see every earlier one. The changes are then merged in order (see `mergeChanges`):
   * per field the newest HLC wins, and a text that loses to a write its device had not seen is kept as a
   * `conflicts` row that syncs to every device of the account.
   */
  async push(accountId: string, changes: readonly Change[]): Promise<PushResponse> {
    const limit = this.now() + MAX_DRIFT_MS;
    for (const [index, change] of changes.entries()) {
      if (parseHlc(change.hlc).millis > limit) {
        throw new ServiceError(
          400,
          `A change is stamped ${change.hlc}, more than 5 minutes ahead of the server clock: check the device's date and time.`,
          { code: 'clock-drift', index },
        );
      }
    }
    const result = await this.db.transaction().execute(async (tx) => {
      const bumped = await tx
        .updateTable('account_versions')
        .set({ version: sql`version + 1` })
        .where('account_id', '=', accountId)
        .returning('version')
        .executeTakeFirstOrThrow();
      const version = Number(bumped.version);
      const stored = await this.storedFields(tx, accountId, changes);
      const merged = mergeChanges(stored, changes, this.conflictClock(changes));
      const known = await this.existingRows(
        tx,
        accountId,
        'conflicts',
        merged.conflicts.map((c) => c.row),
      );
      const fresh = merged.conflicts.filter((c) => !known.has(c.row));
      const rows = [...merged.winners, ...fresh.flatMap((c) => c.fields)];
      for (let i = 0; i < rows.length; i += UPSERT_CHUNK) {
        await tx
          .insertInto('fields')
          .values(
            rows.slice(i, i + UPSERT_CHUNK).map((row) => ({
              account_id: accountId,
              tbl: row.table,
              row_id: row.row,
              field: row.field,
              value: row.json,
              hlc: row.hlc,
              version,
            })),
          )
          .onConflict((oc) =>
            oc
              .columns(['account_id', 'tbl', 'row_id', 'field'])
              .doUpdateSet({
                value: (eb) => eb.ref('excluded.value'),
                hlc: (eb) => eb.ref('excluded.hlc'),
                version: (eb) => eb.ref('excluded.version'),
              })
              .where('fields.hlc', '<', (eb) => eb.ref('excluded.hlc')),
          )
          .execute();
      }
      return { version, conflicts: fresh.length };
    });
    return {
      version: result.version,
      stored: changes.length,
      last: changes.at(-1)?.hlc ?? null,
      conflicts: result.conflicts,
    };
  }

  /** What the server holds now for every field a batch touches. */
  private async storedFields(
    tx: Kysely<Database>,
    accountId: string,
    changes: readonly Change[],
  ): Promise<Map<string, StoredField>> {
    const keys = [...new Map(changes.map((c) => [fieldKey(c.table, c.row, c.field), c])).values()];
    const stored = new Map<string, StoredField>();
    for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
      const chunk = keys.slice(i, i + LOOKUP_CHUNK);
      const found = await tx
        .selectFrom('fields')
        .select(['tbl', 'row_id', 'field', 'value', 'hlc'])
        .where('account_id', '=', accountId)
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

  private async existingRows(
    tx: Kysely<Database>,
    accountId: string,
    table: string,
    rows: readonly string[],
  ): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const found = await tx
      .selectFrom('fields')
      .select('row_id')
      .distinct()
      .where('account_id', '=', accountId)
      .where('tbl', '=', table)
      .where('row_id', 'in', [...new Set(rows)])
      .execute();
    return new Set(found.map((f) => f.row_id));
  }

  /** Stamps for the conflict rows this server writes: after every change of the batch, never backwards. */
  private conflictClock(changes: readonly Change[]): () => string {
    let last = changes.reduce((m, c) => Math.max(m, parseHlc(c.hlc).millis), 0);
    let counter = 0;
    return () => {
      const millis = Math.max(last, this.now());
      counter = millis === last ? counter + 1 : 0;
      last = millis;
      return formatHlc({ millis, counter, node: SERVER_NODE });
    };
  }

  /**
   * The current winners after `cursor`, in (version, table, row, field) order, a page at a time, as
   * stored rows (values still JSON text).
   */
  async pull(
    accountId: string,
    rawCursor: string | number,
    limit = DEFAULT_PULL_LIMIT,
  ): Promise<{ rows: PulledRow[]; cursor: string; hasMore: boolean }> {
    const cursor = decodeCursor(rawCursor);
    const rows = await this.db
      .selectFrom('fields')
      .select(['tbl', 'row_id', 'field', 'value', 'hlc', 'version'])
      .where('account_id', '=', accountId)
      // One row-value comparison: both databases answer it from the (account_id, version, tbl, row_id,
      // field) index, where the equivalent OR chain made SQLite scan.
      .where((eb) =>
        eb(
          eb.refTuple('version', 'tbl', 'row_id', 'field'),
          '>',
          eb.tuple(cursor.version, cursor.tbl, cursor.row, cursor.field),
        ),
      )
      .orderBy('version')
      .orderBy('tbl')
      .orderBy('row_id')
      .orderBy('field')
      .limit(limit + 1)
      .execute();
    // A page also ends at about MAX_PAGE_BYTES of values (always at least one change), so a large account
    // never builds an answer too long for a string; the next pull continues from there.
    let bytes = 0;
    let end = 0;
    while (end < Math.min(rows.length, limit)) {
      bytes += Buffer.byteLength((rows[end] as PulledRow).value);
      if (end > 0 && bytes > MAX_PAGE_BYTES) break;
      end += 1;
    }
    const page = rows.slice(0, end);
    const last = page.at(-1);
    return {
      rows: page,
      cursor: last
        ? encodeCursor({ version: Number(last.version), tbl: last.tbl, row: last.row_id, field: last.field })
        : String(rawCursor),
      hasMore: rows.length > end,
    };
  }

  /**
   * The pull answer as JSON text. Stored values are JSON already: they go into the answer as they are,
   * not parsed and serialised again (most of a pull's work under load).
   */
  async pullJson(accountId: string, rawCursor: string | number, limit = DEFAULT_PULL_LIMIT): Promise<string> {
    const { rows, cursor, hasMore } = await this.pull(accountId, rawCursor, limit);
    const changes = rows.map(
      (r) =>
        `{"table":${JSON.stringify(r.tbl)},"row":${JSON.stringify(r.row_id)},"field":${JSON.stringify(r.field)},"value":${r.value},"hlc":${JSON.stringify(r.hlc)},"version":${Number(r.version)}}`,
    );
    return `{"changes":[${changes.join(',')}],"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore}}`;
  }
}
