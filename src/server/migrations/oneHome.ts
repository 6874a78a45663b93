// Migration 2026-12-06: one id, one record, one place; bytes follow rights; invitations need a code.
// - row_homes: the one space each record lives in (every table but patterns, which are each account's own:
//   a built-in pattern row she edits or hides keeps the built-in id, so two teachers share that id).
// - spaces.class_id is unique across accounts: a class id is one class.
// - attachment_writers: who wrote each recording's or photo's hash into its record; a blob is served to a
//   reader of that record's class only if one of its writers had uploaded the bytes.
// - invitations carry a one-time code (a public handle and a hashed secret), an expiry and a count of wrong
//   codes; the invitations made before codes existed are dropped (an email alone is no consent).
import { type Kysely, sql } from 'kysely';

export async function oneHome(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('row_homes')
    .addColumn('tbl', 'varchar(32)', (c) => c.notNull())
    .addColumn('row_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('space_id', 'varchar(64)', (c) => c.notNull())
    .addPrimaryKeyConstraint('row_homes_pk', ['tbl', 'row_id'])
    .execute();
  await db.schema.createIndex('row_homes_space').on('row_homes').column('space_id').execute();
  // A row stored in two spaces before this rule (only by the attacks it closes) keeps the oldest space.
  await sql`insert into row_homes (tbl, row_id, space_id)
    select tbl, row_id, min(space_id) from fields where tbl <> 'patterns' group by tbl, row_id`.execute(db);

  const doubled = await sql<{ n: number }>`select count(*) as n from (select class_id from spaces
    where class_id is not null group by class_id having count(*) > 1) d`.execute(db);
  if (Number(doubled.rows[0]?.n ?? 0) === 0)
    await db.schema.createIndex('spaces_one_class').unique().on('spaces').column('class_id').execute();
  else
    console.warn(
      'Some class ids are owned by two accounts (made before ids were one record everywhere): new ones are refused, the old pairs are left as they are.',
    );

  await db.schema
    .createTable('attachment_writers')
    .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
    .addColumn('row_id', 'varchar(64)', (c) => c.notNull())
    .addColumn('account_id', 'varchar(64)', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('attachment_writers_pk', ['sha256', 'row_id', 'account_id'])
    .execute();
  // Who wrote the hashes already stored is not known: an account that uploaded the bytes and may write the
  // record's class stands in for the writer.
  await sql`insert into attachment_writers (sha256, row_id, account_id)
    select distinct b.sha256, f.row_id, b.account_id
    from fields f
    join spaces s on s.id = f.space_id
    join blobs b on f.value = '"' || b.sha256 || '"'
    where f.tbl = 'attachments' and f.field = 'sha256'
      and (b.account_id = s.owner_id or exists (select 1 from members m
        where m.space_id = s.id and m.account_id = b.account_id and m.role = 'coteacher'))`.execute(db);

  await sql`delete from invitations`.execute(db);
  await db.schema.alterTable('invitations').addColumn('handle', 'varchar(8)').execute();
  await db.schema.alterTable('invitations').addColumn('secret_hash', 'varchar(64)').execute();
  await db.schema.alterTable('invitations').addColumn('expires_at', 'varchar(32)').execute();
  await db.schema
    .alterTable('invitations')
    .addColumn('wrong_codes', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('invitations_handle').unique().on('invitations').column('handle').execute();
  // The email is now only a label the owner may give ("for Ms. Chen"); one space may hold several.
  await db.schema.dropIndex('invitations_to').execute();
}
