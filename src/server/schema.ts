// The sync server's tables, as Kysely types. One schema for SQLite and PostgreSQL.
import type { Generated } from 'kysely';

export interface AccountsTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
  /** The name co-teachers see; '' until she sets one (her email stands in). */
  name: string;
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

/**
 * Where records live: each class is a space (its rows, its members), and each account has a private space
 * (id = the account's id, class_id null) for what belongs to no class. Every push bumps the version of
 * each space it writes, inside its transaction.
 */
export interface SpacesTable {
  id: string;
  owner_id: string;
  class_id: string | null;
  version: number;
  created_at: string;
}

export type MemberRole = 'coteacher' | 'coach';

/** Who else may read a class space (and write it, as a co-teacher). The owner is not listed here. */
export interface MembersTable {
  space_id: string;
  account_id: string;
  role: MemberRole;
  added_at: string;
}

/**
 * An invitation to a class space: accepted by whoever enters its one-time code (the owner's consent), and
 * by her only if it names her email. Gone once accepted, cancelled or declined; refused once expired or
 * after five wrong codes.
 */
export interface InvitationsTable {
  id: string;
  space_id: string;
  /** '' when the owner named no one: then the code alone decides. */
  email: string;
  role: MemberRole;
  created_at: string;
  /** The code's first half, public: it finds the invitation. */
  handle: string;
  /** sha256 of the code's second half and the invitation's id. */
  secret_hash: string;
  expires_at: string;
  wrong_codes: number;
}

/** The one space each record lives in (patterns are each account's own and are not listed). */
export interface RowHomesTable {
  tbl: string;
  row_id: string;
  space_id: string;
  /** The account whose push first stored the row (null for rows stored before this was kept). */
  created_by: string | null;
}

/** Who wrote a recording's or photo's hash into its record: bytes are served only through an uploader. */
export interface AttachmentWritersTable {
  sha256: string;
  row_id: string;
  account_id: string;
}

/** The current winner of every field of every synced record, per space. */
export interface FieldsTable {
  space_id: string;
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
  spaces: SpacesTable;
  members: MembersTable;
  invitations: InvitationsTable;
  row_homes: RowHomesTable;
  attachment_writers: AttachmentWritersTable;
  fields: FieldsTable;
  blobs: BlobsTable;
  blob_data: BlobDataTable;
  kysely_migration?: { name: string; timestamp: Generated<string> };
}
