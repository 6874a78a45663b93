// Migrations, named by time, run at server start (Kysely's Migrator keeps track of which ran).
import type { Kysely, Migration, MigrationProvider } from 'kysely';

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
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
