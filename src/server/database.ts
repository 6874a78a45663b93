// Opens the server's database: an embedded SQLite file (WAL) by default, PostgreSQL when DATABASE_URL is
// set. Same schema, same queries (Kysely), migrations at start.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  describe: string;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
}

/**
 * Kysely prepares every query anew; better-sqlite3 statements can be reused, and preparing was a tenth
 * of the server's time under load. The cache is bounded: a push's upsert has one shape per batch size.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const statements = new Map<string, SQLite.Statement>();
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (source: string) => {
        let statement = statements.get(source);
        if (!statement) {
          if (statements.size > 1000) statements.clear();
          statement = target.prepare(source);
          statements.set(source, statement);
        }
        return statement;
      };
    },
  });
}

export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  let opened: OpenDatabase;
  if (options.databaseUrl) {
    // bigint columns come back as strings by default; versions fit in a JS number for centuries.
    pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    opened = {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      kind: 'postgres',
      describe: 'PostgreSQL',
    };
  } else {
    const dir = options.dataDir ?? 'data';
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'clipboard.sqlite');
    const sqlite = new SQLite(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    opened = {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) }),
      kind: 'sqlite',
      describe: `SQLite ${file}`,
    };
  }
  const { error } = await new Migrator({ db: opened.db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await opened.db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return opened;
}
