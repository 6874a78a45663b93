// Pulls: the current winners after a cursor in every space the caller may read, space after space, each
// in (version, table, row, field) order, a page at a time. A space read to its end is remembered in the
// cursor by its version alone, and skipped (no query) while nothing newer is stored in it.
import type { Kysely } from 'kysely';
import { MAX_PAGE_BYTES } from '../protocol/types.ts';
import { type Cursor, decodeCursor, encodeCursor } from './cursor.ts';
import type { Database, FieldsTable } from './schema.ts';
import { peopleOf, sharedClasses } from './sharedClasses.ts';
import { type Access, loadAccess } from './spaces.ts';

export const DEFAULT_PULL_LIMIT = 1000;

/** A stored field as a pull hands it on (its space is the cursor's business). */
export type PulledRow = Omit<FieldsTable, 'space_id'>;

/** One page, as stored rows (values still JSON text), and the cursor after it. */
export async function pullPage(
  db: Kysely<Database>,
  accountId: string,
  rawCursor: string | number,
  limit = DEFAULT_PULL_LIMIT,
): Promise<{ rows: PulledRow[]; cursor: string; hasMore: boolean; access: Access }> {
  const cursor = decodeCursor(rawCursor);
  const access = await loadAccess(db, accountId);
  const next: Cursor = new Map();
  const page: PulledRow[] = [];
  let bytes = 0;
  let hasMore = false;
  for (const space of [...access.spaces.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const from = cursor.get(space.id) ?? { version: 0 };
    if (!from.at && from.version >= space.version) {
      next.set(space.id, from);
      continue;
    }
    if (page.length >= limit || (page.length > 0 && bytes > MAX_PAGE_BYTES)) {
      next.set(space.id, from);
      hasMore = true;
      continue;
    }
    const room = limit - page.length;
    const { at } = from;
    const rows = await db
      .selectFrom('fields')
      .select(['tbl', 'row_id', 'field', 'value', 'hlc', 'version'])
      .where('space_id', '=', space.id)
      // One row-value comparison: both databases answer it from the (space_id, version, tbl, row_id,
      // field) index, where the equivalent OR chain made SQLite scan.
      .where((eb) =>
        at
          ? eb(
              eb.refTuple('version', 'tbl', 'row_id', 'field'),
              '>',
              eb.tuple(from.version, at.tbl, at.row, at.field),
            )
          : eb('version', '>', from.version),
      )
      .orderBy('version')
      .orderBy('tbl')
      .orderBy('row_id')
      .orderBy('field')
      .limit(room + 1)
      .execute();
    // A page also ends at about MAX_PAGE_BYTES of values (always at least one change), so a large account
    // never builds an answer too long for a string; the next pull continues from there.
    let end = 0;
    while (end < Math.min(rows.length, room)) {
      bytes += Buffer.byteLength((rows[end] as PulledRow).value);
      if (page.length + end > 0 && bytes > MAX_PAGE_BYTES) break;
      end += 1;
    }
    page.push(...rows.slice(0, end));
    const last = rows[end - 1];
    if (rows.length > end) {
      hasMore = true;
      next.set(
        space.id,
        last
          ? { version: Number(last.version), at: { tbl: last.tbl, row: last.row_id, field: last.field } }
          : from,
      );
    } else {
      next.set(space.id, { version: Math.max(space.version, Number(last?.version ?? 0), from.version) });
    }
  }
  return { rows: page, cursor: encodeCursor(next), hasMore, access };
}

/**
 * The pull answer as JSON text. Stored values are JSON already: they go into the answer as they are, not
 * parsed and serialised again (most of a pull's work under load). It names the classes shared with the
 * caller or by her, so a device can drop a class no longer shared with it, and the teachers she shares
 * them with by their names now (who logged a conference reads by it).
 */
export async function pullAnswer(
  db: Kysely<Database>,
  accountId: string,
  rawCursor: string | number,
  limit = DEFAULT_PULL_LIMIT,
): Promise<string> {
  const { rows, cursor, hasMore, access } = await pullPage(db, accountId, rawCursor, limit);
  const changes = rows.map(
    (r) =>
      `{"table":${JSON.stringify(r.tbl)},"row":${JSON.stringify(r.row_id)},"field":${JSON.stringify(r.field)},"value":${r.value},"hlc":${JSON.stringify(r.hlc)},"version":${Number(r.version)}}`,
  );
  const shares = sharedClasses(access);
  const people = await peopleOf(db, access);
  return `{"changes":[${changes.join(',')}],"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore},"account":${JSON.stringify({ id: accountId })},"shares":${JSON.stringify(shares)},"people":${JSON.stringify(people)}}`;
}
