// Migration 2026-11-29: from one private space per account to spaces, so that a class can be shared.
// Every class becomes its own space (its rows, its version counter, its members); what belongs to no class
// (her patterns) stays in the account's private space, whose id is the account's id. The lists of tables
// are written out as they were on this date: a migration never changes with the registry.
import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/** Tables whose rows name their class in a `classId` field (2026-11-29). */
const BY_CLASS_ID = ['students', 'conferences', 'goals', 'grids', 'plans', 'signups', 'assessments', 'peers'];
const CHUNK = 400;

/** A new space's id: short (it travels in every pull cursor) and unguessable. */
export function newSpaceId(): string {
  return `s${randomBytes(12).toString('base64url')}`;
}

export async function classSpaces(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('spaces')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('owner_id', 'varchar(64)', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // null: the owner's private space
    .addColumn('class_id', 'varchar(64)')
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('spaces_class')
    .unique()
    .on('spaces')
    .columns(['owner_id', 'class_id'])
    .execute();
  await db.schema
    .createTable('members')
    .addColumn('space_id', 'varchar(64)', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('account_id', 'varchar(64)', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('added_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('members_pk', ['space_id', 'account_id'])
    .execute();
  await db.schema.createIndex('members_account').on('members').column('account_id').execute();
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('space_id', 'varchar(64)', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('email', 'varchar(320)', (c) => c.notNull())
    .addColumn('role', 'varchar(16)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invitations_to')
    .unique()
    .on('invitations')
    .columns(['space_id', 'email'])
    .execute();
  await db.schema.createIndex('invitations_email').on('invitations').column('email').execute();
  // The name co-teachers see ("Ms. Rivera"); empty until she sets one, and then her email stands in.
  await db.schema
    .alterTable('accounts')
    .addColumn('name', 'varchar(80)', (c) => c.notNull().defaultTo(''))
    .execute();
  // The fields now belong to a space; an account's existing rows start in its private space.
  await db.schema.alterTable('fields').renameColumn('account_id', 'space_id').execute();
  const now = new Date().toISOString();
  await sql`insert into spaces (id, owner_id, class_id, version, created_at)
    select account_id, account_id, null, version, ${now} from account_versions`.execute(db);
  await db.schema.dropTable('account_versions').execute();

  const accounts = await sql<{ id: string; version: number }>`select id, version from spaces`.execute(db);
  for (const account of accounts.rows) await moveClassesOf(db, account.id, Number(account.version), now);
}

/** Moves each class of one account, and every row of it, from the private space into its own space. */
async function moveClassesOf(db: Kysely<unknown>, accountId: string, version: number, now: string) {
  const valuesOf = async (tbl: string, field: string) =>
    (
      await sql<{ row_id: string; value: string }>`select row_id, value from fields
        where space_id = ${accountId} and tbl = ${tbl} and field = ${field}`.execute(db)
    ).rows.map((r) => ({ row: r.row_id, value: JSON.parse(r.value) as unknown }));
  const classes = await sql<{ row_id: string }>`select distinct row_id from fields
    where space_id = ${accountId} and tbl = 'classes'`.execute(db);
  const spaceOfClass = new Map<string, string>();
  for (const { row_id: classId } of classes.rows) {
    const id = newSpaceId();
    await sql`insert into spaces (id, owner_id, class_id, version, created_at)
      values (${id}, ${accountId}, ${classId}, ${version}, ${now})`.execute(db);
    spaceOfClass.set(classId, id);
  }
  if (spaceOfClass.size === 0) return;
  // Each row's space, table by table: a class row is its own; most rows name their class; a recording or
  // a reflection follows its conference; a kept conflict follows the row it is about.
  const placed = new Map<string, string>();
  const key = (tbl: string, row: string) => `${tbl}\u0000${row}`;
  for (const [classId, space] of spaceOfClass) placed.set(key('classes', classId), space);
  for (const tbl of BY_CLASS_ID)
    for (const { row, value } of await valuesOf(tbl, 'classId')) {
      const space = typeof value === 'string' ? spaceOfClass.get(value) : undefined;
      if (space) placed.set(key(tbl, row), space);
    }
  for (const { row, value } of await valuesOf('attachments', 'conferenceId')) {
    const space = typeof value === 'string' ? placed.get(key('conferences', value)) : undefined;
    if (space) placed.set(key('attachments', row), space);
  }
  const reflections = await sql<{ row_id: string }>`select distinct row_id from fields
    where space_id = ${accountId} and tbl = 'reflections'`.execute(db);
  for (const { row_id: row } of reflections.rows) {
    const space = placed.get(key('conferences', row));
    if (space) placed.set(key('reflections', row), space);
  }
  const about = new Map((await valuesOf('conflicts', 'table')).map((t) => [t.row, t.value]));
  for (const { row, value } of await valuesOf('conflicts', 'row')) {
    const table = about.get(row);
    const space =
      typeof table === 'string' && typeof value === 'string' ? placed.get(key(table, value)) : undefined;
    if (space) placed.set(key('conflicts', row), space);
  }
  // Rows of a class this server never had (none in practice) stay in the private space.
  const bySpaceAndTable = new Map<string, string[]>();
  for (const [k, space] of placed) {
    const [tbl, row] = k.split('\u0000') as [string, string];
    const group = key(space, tbl);
    const rows = bySpaceAndTable.get(group) ?? [];
    rows.push(row);
    bySpaceAndTable.set(group, rows);
  }
  for (const [group, rows] of bySpaceAndTable) {
    const [space, tbl] = group.split('\u0000') as [string, string];
    for (let i = 0; i < rows.length; i += CHUNK)
      await sql`update fields set space_id = ${space}
        where space_id = ${accountId} and tbl = ${tbl} and row_id in (${sql.join(rows.slice(i, i + CHUNK))})`.execute(
        db,
      );
  }
}
