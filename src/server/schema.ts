// The sync server's tables, as Kysely types. One schema for SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface AccountsTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the bearer token: a leaked database does not leak usable tokens. */
  token_hash: string;
  account_id: string;
  created_at: string;
}

/** Per account, the version counter that every push bumps inside its transaction. */
export interface AccountVersionsTable {
  account_id: string;
  version: number;
}

/** The current winner of every field of every synced record, per account. */
export interface FieldsTable {
  account_id: string;
  tbl: string;
  row_id: string;
  field: string;
  /** JSON text */
  value: string;
  hlc: string;
  version: number;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  account_versions: AccountVersionsTable;
  fields: FieldsTable;
  kysely_migration?: { name: string; timestamp: Generated<string> };
}
