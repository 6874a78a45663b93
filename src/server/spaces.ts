// Who may read and write what. Every record lives in one space: each class is a space (the class row and
// every row of the class), and each account has a private space for what belongs to no class (her
// patterns). The server, never the client, decides a pushed row's space: from where the row already is,
// or for a new row from the class it names (a recording or a reflection follows its conference). A push
// that would write a space the caller may not write, or move a row between spaces, is refused whole.
import { type Kysely, sql } from 'kysely';
import { isServerWritten, TABLES } from '../protocol/tables.ts';
import type { Change, SyncedTable } from '../protocol/types.ts';
import { ServiceError } from './errors.ts';
import { newSpaceId } from './migrations/classSpaces.ts';
import type { Database, MemberRole } from './schema.ts';

export type Role = 'owner' | MemberRole;

export interface SpaceAccess {
  id: string;
  /** null: the caller's private space. */
  classId: string | null;
  ownerId: string;
  role: Role;
  version: number;
  /** For a space shared with her: its owner's name (her email while she has none). */
  ownerName: string;
  /** For her own space: how many others it is shared with. */
  members: number;
}

/** The spaces one account may read, by id. */
export interface Access {
  accountId: string;
  spaces: Map<string, SpaceAccess>;
}

/** Tables whose rows name their class in `classId`. */
const BY_CLASS_ID = new Set(
  (Object.keys(TABLES) as SyncedTable[]).filter((t) => Object.hasOwn(TABLES[t].fields, 'classId')),
);

/** A co-teacher writes everything of the class but the class itself; a coach only reflections. */
export function mayWrite(role: Role, table: SyncedTable): boolean {
  if (role === 'owner') return true;
  if (role === 'coteacher') return table !== 'classes';
  return table === 'reflections';
}

/**
 * Every space the account may read, with her role, in one query: her own (with how many members each
 * has) and those shared with her (with their owner's name). Pushes, pulls and the pull's list of shared
 * classes all start from it.
 */
export async function loadAccess(db: Kysely<Database>, accountId: string): Promise<Access> {
  const { rows } = await sql<{
    id: string;
    class_id: string | null;
    owner_id: string;
    version: number;
    role: string;
    owner_name: string;
    members: number;
  }>`select s.id, s.class_id, s.owner_id, s.version, 'owner' as role, '' as owner_name,
      (select count(*) from members m where m.space_id = s.id) as members
    from spaces s where s.owner_id = ${accountId}
    union all
    select s.id, s.class_id, s.owner_id, s.version, m.role, coalesce(nullif(a.name, ''), a.email) as owner_name,
      0 as members
    from members m join spaces s on s.id = m.space_id join accounts a on a.id = s.owner_id
    where m.account_id = ${accountId}`.execute(db);
  const spaces = new Map<string, SpaceAccess>();
  for (const r of rows)
    spaces.set(r.id, {
      id: r.id,
      classId: r.class_id,
      ownerId: r.owner_id,
      role: r.role as Role,
      version: Number(r.version),
      ownerName: String(r.owner_name ?? ''),
      members: Number(r.members ?? 0),
    });
  return { accountId, spaces };
}

/** A push sorted into spaces. */
export interface Placement {
  /** The changes of each space, in batch order. */
  bySpace: Map<string, Change[]>;
  /** Which space each row of the batch is in (the conflicts about a row go there too). */
  spaceOfRow: Map<string, string>;
  /** Class spaces the push creates: the caller owns them. */
  created: { id: string; classId: string }[];
  /** Conferences new to the server: it stamps who logged them. */
  newConferences: { space: string; row: string }[];
  /** Records that waited in her private space for their class, and move to it with this push. */
  adopted: { table: string; row: string; to: string }[];
}

const rowKey = (table: string, row: string) => `${table}\u0000${row}`;
const LOOKUP_CHUNK = 300;

function refuse(index: number, message: string): never {
  throw new ServiceError(403, `${message} Nothing was stored.`, { code: 'forbidden', index });
}

/** Where each of these rows already is, among the spaces the caller may read. */
async function whereRowsAre(
  db: Kysely<Database>,
  access: Access,
  keys: readonly { table: string; row: string }[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const spaceIds = [...access.spaces.keys()];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) {
    const chunk = keys.slice(i, i + LOOKUP_CHUNK);
    const rows = await db
      .selectFrom('fields')
      .select(['space_id', 'tbl', 'row_id'])
      .distinct()
      .where('space_id', 'in', spaceIds)
      .where((eb) =>
        eb(
          eb.refTuple('tbl', 'row_id'),
          'in',
          chunk.map((k) => eb.tuple(k.table, k.row)),
        ),
      )
      .execute();
    for (const r of rows) {
      const key = rowKey(r.tbl, r.row_id);
      found.set(key, [...(found.get(key) ?? []), r.space_id]);
    }
  }
  return found;
}

/**
 * Sorts a push into spaces, or refuses it whole (403, with the index of the first change at fault).
 * Reads only: the caller creates the new class spaces in the same transaction.
 */
export async function placeChanges(
  db: Kysely<Database>,
  access: Access,
  changes: readonly Change[],
): Promise<Placement> {
  const privateSpace = access.accountId;
  // The newest value the batch gives a row's field (what the row will hold after it).
  const latest = new Map<string, { value: unknown; hlc: string }>();
  const firstIndex = new Map<string, number>();
  for (const [index, c] of changes.entries()) {
    if (isServerWritten(c.table, c.field))
      throw new ServiceError(
        400,
        `changes.${index}: ${c.table}.${c.field} is written by the server. Nothing was stored.`,
        {
          code: 'invalid-change',
          index,
        },
      );
    const key = rowKey(c.table, c.row);
    if (!firstIndex.has(key)) firstIndex.set(key, index);
    const field = `${key}\u0000${c.field}`;
    const held = latest.get(field);
    if (!held || c.hlc > held.hlc) latest.set(field, { value: c.value, hlc: c.hlc });
  }
  const newest = (table: string, row: string, field: string) =>
    latest.get(`${rowKey(table, row)}\u0000${field}`)?.value;

  const rows = [...firstIndex.keys()].map((k) => {
    const [table, row] = k.split('\u0000') as [SyncedTable, string];
    return { table, row };
  });
  // Conferences that new recordings and reflections hang on, as well as the rows themselves.
  const conferences = new Set<string>();
  for (const { table, row } of rows) {
    if (table === 'reflections') conferences.add(row);
    const conferenceId = table === 'attachments' ? newest(table, row, 'conferenceId') : undefined;
    if (typeof conferenceId === 'string') conferences.add(conferenceId);
  }
  const existing = await whereRowsAre(db, access, [
    ...rows.filter((r) => r.table !== 'patterns'),
    ...[...conferences].map((row) => ({ table: 'conferences', row })),
  ]);

  const created = new Map<string, string>();
  const createdIds = new Set<string>();
  /** The space of a class the caller can reach: her own first, then one shared with her. */
  const spaceOfClass = (classId: string): string | undefined => {
    let shared: string | undefined;
    for (const s of access.spaces.values())
      if (s.classId === classId) {
        if (s.role === 'owner') return s.id;
        shared ??= s.id;
      }
    return shared ?? created.get(classId);
  };
  const spaceOfRow = new Map<string, string>();
  const placedSpace = (table: string, row: string, hint?: string): string | undefined => {
    const placed = spaceOfRow.get(rowKey(table, row));
    if (placed) return placed;
    const found = existing.get(rowKey(table, row));
    if (!found) return undefined;
    return hint && found.includes(hint) ? hint : found[0];
  };
  const newConferences: Placement['newConferences'] = [];
  const adopted: Placement['adopted'] = [];

  // Classes first (a new class's rows may come in the same batch), then the rest in batch order.
  const ordered = [...rows].sort((a, b) => Number(b.table === 'classes') - Number(a.table === 'classes'));
  for (const { table, row } of ordered) {
    const index = firstIndex.get(rowKey(table, row)) as number;
    const named = BY_CLASS_ID.has(table) ? newest(table, row, 'classId') : undefined;
    const hint = typeof named === 'string' ? spaceOfClass(named) : undefined;
    let space: string | undefined;
    if (table === 'patterns') space = privateSpace;
    else space = placedSpace(table, row, table === 'classes' ? spaceOfClass(row) : hint);
    if (!space) {
      // A row new to every space she can reach: its place follows from what it names.
      if (table === 'classes') {
        space = newSpaceId();
        created.set(row, space);
        createdIds.add(space);
      } else if (BY_CLASS_ID.has(table)) {
        // A record that names no class (a device from before sharing sent part of one) stays hers alone.
        space = typeof named === 'string' ? hint : privateSpace;
        if (!space) refuse(index, `A change names a class that is not yours or not shared with you.`);
        if (table === 'conferences' && space !== privateSpace) newConferences.push({ space, row });
      } else if (table === 'attachments' || table === 'reflections') {
        const conference = table === 'reflections' ? row : newest(table, row, 'conferenceId');
        space = typeof conference === 'string' ? placedSpace('conferences', conference) : privateSpace;
        if (!space) refuse(index, `A change is to a conference you can't reach.`);
      } else {
        refuse(index, `A change is to a record you can't write.`);
      }
    } else if (BY_CLASS_ID.has(table) && typeof named === 'string' && hint !== space) {
      // Part of a record a device sent before its class (a batch cut inside it) waits in her private
      // space: it joins its class now. A record of a class never leaves it.
      if (space !== privateSpace || !hint) refuse(index, `A change would move a record to another class.`);
      adopted.push({ table, row, to: hint });
      if (table === 'conferences') newConferences.push({ space: hint, row });
      space = hint;
    } else if (table === 'attachments') {
      const conference = newest(table, row, 'conferenceId');
      if (typeof conference === 'string' && placedSpace('conferences', conference) !== space)
        refuse(index, `A change would move a recording to another conference's class.`);
    }
    const role = createdIds.has(space) ? 'owner' : access.spaces.get(space)?.role;
    if (!role || !mayWrite(role, table))
      refuse(
        index,
        role === 'coach'
          ? `A coach reads a class and adds reflections; this change would edit it.`
          : role === 'coteacher'
            ? `Only the class's owner can change the class itself.`
            : `A change is to a record you can't write.`,
      );
    spaceOfRow.set(rowKey(table, row), space);
  }

  const bySpace = new Map<string, Change[]>();
  for (const c of changes) {
    const space = spaceOfRow.get(rowKey(c.table, c.row)) as string;
    const list = bySpace.get(space);
    if (list) list.push(c);
    else bySpace.set(space, [c]);
  }
  return {
    bySpace,
    spaceOfRow,
    created: [...created].map(([classId, id]) => ({ id, classId })),
    newConferences,
    adopted,
  };
}
