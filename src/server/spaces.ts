// Who may read and write what. Every record lives in one space: each class is a space (the class row and
// every row of the class), and each account has a private space for what belongs to no class (her
// patterns). The server, never the client, decides a pushed row's space: from where the row already is,
// or for a new row from the class it names (a recording or a reflection follows its conference, also
// when it moves). A push that would write a space the caller may not write is refused whole; where each
// row lives is read through rowHomes.ts.
import { type Kysely, sql } from 'kysely';
import { isServerWritten, TABLES } from '../protocol/tables.ts';
import type { Change, SyncedTable } from '../protocol/types.ts';
import { ServiceError } from './errors.ts';
import { newSpaceId } from './migrations/classSpaces.ts';
import { followersOf, homesOf, rowKey } from './rowHomes.ts';
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
  /** Who she is on a conference she logs: her id and the name she set (her email while she has none). */
  author: { id: string; name: string };
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
    me: string | null;
  }>`select s.id, s.class_id, s.owner_id, s.version, 'owner' as role, '' as owner_name,
      (select count(*) from members m where m.space_id = s.id) as members,
      case when s.class_id is null then (select coalesce(nullif(me.name, ''), me.email) from accounts me
        where me.id = s.owner_id) end as me
    from spaces s where s.owner_id = ${accountId}
    union all
    select s.id, s.class_id, s.owner_id, s.version, m.role, coalesce(nullif(a.name, ''), a.email) as owner_name,
      0 as members, null as me
    from members m join spaces s on s.id = m.space_id join accounts a on a.id = s.owner_id
    where m.account_id = ${accountId}`.execute(db);
  const spaces = new Map<string, SpaceAccess>();
  let name = '';
  for (const r of rows) if (r.me) name = String(r.me);
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
  return { accountId, spaces, author: { id: accountId, name } };
}

/** A push sorted into spaces. */
export interface Placement {
  /** The changes of each space, in batch order. */
  bySpace: Map<string, Change[]>;
  /** Which space each row of the batch is in (the conflicts about a row go there too). */
  spaceOfRow: Map<string, string>;
  /** Class spaces the push creates: the caller owns them. */
  created: { id: string; classId: string }[];
  /** Rows new to the server: their home is written with them. */
  homed: { table: string; row: string; space: string }[];
  /** Conferences new to the server: it stamps who logged them. */
  newConferences: { space: string; row: string }[];
  /** Reflections new to the server: it stamps whose they are. */
  newReflections: { space: string; row: string }[];
  /**
   * Rows that change space with this push: records that waited in her private space for their class, and
   * records she moves between two classes she may write. Every stored field of each goes with it.
   */
  moved: { table: string; row: string; from: string; to: string }[];
  /** Where each row the placement looked up lived when it looked (undefined: nowhere yet). */
  seen: { table: string; row: string; space: string | undefined }[];
}

function refuse(index: number, message: string): never {
  throw new ServiceError(403, `${message} Nothing was stored.`, { code: 'forbidden', index });
}

/** An id that already names a record where the caller may not write: a second record under it is refused. */
function taken(index: number, table: string, row: string): never {
  throw new ServiceError(
    409,
    `The ${table} record ${row} already exists in a class you can't write: a record's id means one record everywhere, so this change was refused. Nothing was stored.`,
    { code: 'id-taken', index, row: `${table}/${row}` },
  );
}

/**
 * Sorts a push into spaces, or refuses it whole: 403 (with the index of the first change at fault) for a
 * write her role does not allow, 409 for an id that lives where she may not write. Reads only: the caller
 * creates the new class spaces and the new rows' homes in the same transaction.
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
  const looked = [
    ...rows.filter((r) => r.table !== 'patterns'),
    ...[...conferences].map((row) => ({ table: 'conferences', row })),
  ];
  const homes = await homesOf(db, looked);

  const created = new Map<string, string>();
  const createdIds = new Set<string>();
  /** The space of a class the caller can reach (or creates in this push). */
  const spaceOfClass = (classId: string): string | undefined => {
    for (const s of access.spaces.values()) if (s.classId === classId) return s.id;
    return created.get(classId);
  };
  const ownerOf = (space: string): string | undefined =>
    createdIds.has(space) || space === privateSpace ? access.accountId : access.spaces.get(space)?.ownerId;
  const roleIn = (space: string): Role | undefined =>
    createdIds.has(space) ? 'owner' : access.spaces.get(space)?.role;
  const spaceOfRow = new Map<string, string>();
  const placedSpace = (table: string, row: string): string | undefined =>
    spaceOfRow.get(rowKey(table, row)) ?? homes.get(rowKey(table, row))?.space;
  const homed: Placement['homed'] = [];
  const newConferences: Placement['newConferences'] = [];
  const newReflections: Placement['newReflections'] = [];
  const moved: Placement['moved'] = [];

  // Classes first (a new class's rows may come in the same batch), then the rest in batch order.
  // Classes first (a new class's rows may come in the same batch), then conferences (what hangs on one
  // follows it), then the rest in batch order.
  const rank = (table: string) => (table === 'classes' ? 0 : table === 'conferences' ? 1 : 2);
  const ordered = [...rows].sort((a, b) => rank(a.table) - rank(b.table));
  /** The class a conference moves to in this push, from the space it leaves. */
  const movingTo = (conference: string, from: string) =>
    moved.find((m) => m.table === 'conferences' && m.row === conference && m.from === from)?.to;
  for (const { table, row } of ordered) {
    const index = firstIndex.get(rowKey(table, row)) as number;
    const named = BY_CLASS_ID.has(table) ? newest(table, row, 'classId') : undefined;
    const hint = typeof named === 'string' ? spaceOfClass(named) : undefined;
    let space: string | undefined = table === 'patterns' ? privateSpace : placedSpace(table, row);
    if (space && table !== 'patterns' && !roleIn(space)) taken(index, table, row);
    if (!space) {
      // A row new to the server: its place follows from what it names.
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
        if (!roleIn(space)) taken(index, 'conferences', String(conference));
        if (table === 'reflections' && space !== privateSpace) newReflections.push({ space, row });
      } else {
        refuse(index, `A change is to a record you can't write.`);
      }
      homed.push({ table, row, space });
    } else if (BY_CLASS_ID.has(table) && typeof named === 'string' && hint !== space) {
      // The record names another class than the one it lives in. Part of a record a device sent before its
      // class (a batch cut inside it) waits in her private space and joins its class now; a record moves
      // between two classes only for whoever may write both.
      if (!hint) refuse(index, `A change names a class that is not yours or not shared with you.`);
      const from = roleIn(space);
      const to = roleIn(hint);
      if (!from || !mayWrite(from, table) || !to || !mayWrite(to, table))
        refuse(index, `A change would move a record out of a class, or into one, that you can't write.`);
      // Between two classes of one teacher only: a record never leaves its owner's hands.
      if (ownerOf(space) !== ownerOf(hint))
        refuse(index, `A change would move a record to another teacher's class.`);
      moved.push({ table, row, from: space, to: hint });
      if (table === 'conferences' && space === privateSpace) newConferences.push({ space: hint, row });
      space = hint;
    } else if (table === 'attachments' || table === 'reflections') {
      // A recording, a photo or a reflection stays with its conference, and follows it when it moves.
      const conference = table === 'reflections' ? row : newest(table, row, 'conferenceId');
      const follows = typeof conference === 'string' ? movingTo(conference, space) : undefined;
      if (follows) {
        moved.push({ table, row, from: space, to: follows });
        space = follows;
      } else if (
        table === 'attachments' &&
        typeof conference === 'string' &&
        placedSpace('conferences', conference) !== space
      )
        refuse(index, `A change would move a recording to another conference's class.`);
    }
    const role = roleIn(space);
    // A coach adds reflections: she goes on writing one she started, never one a teacher wrote.
    const home = homes.get(rowKey(table, row));
    if (role === 'coach' && table === 'reflections' && home && home.createdBy !== access.accountId)
      refuse(
        index,
        `A coach adds her own reflections; this one is the teacher's, and stays as she wrote it.`,
      );
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

  // What hangs on a moved conference and is not in this push goes with it: its recordings and photos, its
  // reflection, and the kept texts about any of them.
  for (const m of moved.filter((m) => m.table === 'conferences')) {
    for (const f of await followersOf(db, m.from, m.row))
      if (!spaceOfRow.has(rowKey(f.table, f.row))) {
        moved.push({ table: f.table, row: f.row, from: m.from, to: m.to });
        spaceOfRow.set(rowKey(f.table, f.row), m.to);
      }
  }

  const bySpace = new Map<string, Change[]>();
  for (const c of changes) {
    const space = spaceOfRow.get(rowKey(c.table, c.row)) as string;
    const list = bySpace.get(space);
    if (list) list.push(c);
    else bySpace.set(space, [c]);
  }
  // A move's source space is written too (its version is bumped, so every reader's cursor stays whole).
  for (const m of moved) if (!bySpace.has(m.from)) bySpace.set(m.from, []);
  return {
    bySpace,
    spaceOfRow,
    created: [...created].map(([classId, id]) => ({ id, classId })),
    homed,
    newConferences,
    newReflections,
    moved,
    seen: looked.map((k) => ({ ...k, space: homes.get(rowKey(k.table, k.row))?.space })),
  };
}
