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
  /** The device's public id: what Settings lists and signs out (null only before the 2026-11-28 migration). */
  id: string | null;
  device_name: string;
  last_used_at: string | null;
  last_sync_at: string | null;
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

/** A file one account uploaded; the bytes live in a BlobStore (files, or PostgreSQL's blob_data). */
export interface BlobsTable {
  account_id: string;
  sha256: string;
  mime: string;
  size: number;
  created_at: string;
}

/** The bytes of each blob, by hash, when the server runs on PostgreSQL (shared by every process). */
export interface BlobDataTable {
  sha256: string;
  data: Buffer;
}

export interface Database {
  accounts: AccountsTable;
  sessions: SessionsTable;
  account_versions: AccountVersionsTable;
  fields: FieldsTable;
  blobs: BlobsTable;
  blob_data: BlobDataTable;
  kysely_migration?: { name: string; timestamp: Generated<string> };
}
