// Where each record lives: its one home (row_homes: the space it is in, and the account whose push first
// stored it), what hangs on a conference there, and the check that a push's placement still holds once it
// has its spaces' locks. Reads only; spaces.ts decides from them.
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export const rowKey = (table: string, row: string) => `${table}\u0000${row}`;
const LOOKUP_CHUNK = 300;

export interface Home {
  space: string;
  /** The account whose push first stored the row (null for rows stored before that was kept). */
  createdBy: string | null;
}

/** Where each of these rows lives, in any space (row ids are one record everywhere; patterns are not asked). */
export async function homesOf(
  db: Kysely<Database>,
  keys: readonly { table: string; row: string }[],
): Promise<Map<string, Home>> {
  const found = new Map<string, Home>();
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const chunk = keys.slice(i, i + LOOKUP_CHUNK);
    const rows = await db
      .selectFrom('row_homes')
      .select(['tbl', 'row_id', 'space_id', 'created_by'])
      .where((eb) =>
        eb(
          eb.refTuple('tbl', 'row_id'),
          'in',
          chunk.map((k) => eb.tuple(k.table, k.row)),
        ),
      )
      .execute();
    for (const r of rows) found.set(rowKey(r.tbl, r.row_id), { space: r.space_id, createdBy: r.created_by });
  }
  return found;
}

/** The rows that hang on a conference in a space: its recordings and photos, its reflection, and the kept
 * texts (conflicts) about the conference or any of them. */
export async function followersOf(
  db: Kysely<Database>,
  space: string,
  conference: string,
): Promise<{ table: string; row: string }[]> {
  const attachments = await db
    .selectFrom('fields')
    .select('row_id')
    .where('space_id', '=', space)
    .where('tbl', '=', 'attachments')
    .where('field', '=', 'conferenceId')
    .where('value', '=', JSON.stringify(conference))
    .execute();
  const reflection = await db
    .selectFrom('row_homes')
    .select('row_id')
    .where('tbl', '=', 'reflections')
    .where('row_id', '=', conference)
    .where('space_id', '=', space)
    .execute();
  const about = [conference, ...attachments.map((a) => a.row_id)].map((row) => JSON.stringify(row));
  const conflicts = await db
    .selectFrom('fields')
    .select('row_id')
    .where('space_id', '=', space)
    .where('tbl', '=', 'conflicts')
    .where('field', '=', 'row')
    .where('value', 'in', about)
    .execute();
  return [
    ...attachments.map((a) => ({ table: 'attachments', row: a.row_id })),
    ...reflection.map((r) => ({ table: 'reflections', row: r.row_id })),
    ...conflicts.map((c) => ({ table: 'conflicts', row: c.row_id })),
  ];
}

/** A push whose placement went stale under it (another push moved one of its records meanwhile). */
export class PlacementMoved extends Error {}

/**
 * Checks, once the push holds its spaces' locks, that every record it placed still lives where the
 * placement found it (`seen`); throws PlacementMoved otherwise (the push then starts again from a fresh
 * read).
 */
export async function placedStill(
  db: Kysely<Database>,
  seen: readonly { table: string; row: string; space: string | undefined }[],
): Promise<void> {
  const now = await homesOf(db, seen);
  for (const k of seen)
    if (k.space !== undefined && now.get(rowKey(k.table, k.row))?.space !== k.space)
      throw new PlacementMoved();
}
