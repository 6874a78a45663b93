// Migrations, named by time, run at server start (Kysely's Migrator keeps track of which ran).
import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import { classSpaces } from './classSpaces.ts';
import { oneHome } from './oneHome.ts';

const migrations: Record<string, Migration> = {
  '2026-11-23T0400-accounts-sessions-fields': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('accounts')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('email', 'varchar(320)', (c) => c.notNull().unique())
        .addColumn('password_hash', 'varchar(400)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('account_id', 'varchar(64)', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('account_versions')
        .addColumn('account_id', 'varchar(64)', (c) =>
          c.primaryKey().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('fields')
        .addColumn('account_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('tbl', 'varchar(32)', (c) => c.notNull())
        .addColumn('row_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('field', 'varchar(64)', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('hlc', 'varchar(48)', (c) => c.notNull())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('fields_pk', ['account_id', 'tbl', 'row_id', 'field'])
        .execute();
      // Pull reads an account's fields in (version, tbl, row_id, field) order from a cursor.
      await db.schema
        .createIndex('fields_pull')
        .on('fields')
        .columns(['account_id', 'version', 'tbl', 'row_id', 'field'])
        .execute();
    },
  },
  '2026-11-27T0600-blobs': {
    async up(db: Kysely<unknown>) {
      // Which account stored which content-addressed file: a blob is revealed only to an account that
      // uploaded it, and its size counts against that account's quota.
      await db.schema
        .createTable('blobs')
        .addColumn('account_id', 'varchar(64)', (c) =>
          c.notNull().references('accounts.id').onDelete('cascade'),
        )
        .addColumn('sha256', 'varchar(64)', (c) => c.notNull())
        .addColumn('mime', 'varchar(128)', (c) => c.notNull())
        .addColumn('size', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('blobs_pk', ['account_id', 'sha256'])
        .execute();
      // The bytes themselves on PostgreSQL (several processes share them); the embedded server keeps files
      // under DATA_DIR/blobs instead and leaves this table empty. (SQLite takes the type name as is.)
      await db.schema
        .createTable('blob_data')
        .addColumn('sha256', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('data', 'bytea', (c) => c.notNull())
        .execute();
    },
  },
  '2026-11-28T0800-session-devices': {
    async up(db: Kysely<unknown>) {
      // Each sign-in is a device she can see and sign out: a public id (never the token or its hash),
      // the name the device gave, and when it was last used and last synced (idle sign-ins expire).
      await db.schema.alterTable('sessions').addColumn('id', 'varchar(64)').execute();
      await db.schema
        .alterTable('sessions')
        .addColumn('device_name', 'varchar(80)', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema.alterTable('sessions').addColumn('last_used_at', 'varchar(32)').execute();
      await db.schema.alterTable('sessions').addColumn('last_sync_at', 'varchar(32)').execute();
      await sql`update sessions set id = substr(token_hash, 1, 32), last_used_at = created_at`.execute(db);
      await db.schema.createIndex('sessions_id').unique().on('sessions').column('id').execute();
      await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();
    },
  },
  '2026-11-29T0900-class-spaces': {
    async up(db: Kysely<unknown>) {
      await classSpaces(db);
    },
  },
  '2026-12-06T0100-one-home': {
    async up(db: Kysely<unknown>) {
      await oneHome(db);
    },
  },
  '2026-12-06T0500-row-creators': {
    async up(db: Kysely<unknown>) {
      // Who first stored each row: a coach may go on writing a reflection she started, never one a teacher
      // wrote. Rows stored before are nobody's (a coach does not write them).
      await db.schema.alterTable('row_homes').addColumn('created_by', 'varchar(64)').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
