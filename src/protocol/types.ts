// The sync wire types without their validation, so the app shell can use them without loading zod.

import type { SyncedTable } from './tables.ts';

export { SYNCED_TABLES, type SyncedTable } from './tables.ts';

import type { Json } from './json.ts';

export type { Json } from './json.ts';

/** One changed field of one record, stamped with the writing device's HLC. */
export interface Change {
  table: SyncedTable;
  row: string;
  field: string;
  value: Json;
  hlc: string;
  /**
   * The stamp of the value this change replaced, as the writing device saw it (null: the field was new
   * to it). The server compares it with the stamp it holds to notice a field written by someone else in
   * between, and keeps the losing text as a conflict. Optional for clients from before it existed.
   */
  baseHlc?: string | null;
}

/** What a pull hands out: the current winner of a field and the version that stored it. */
export type VersionedChange = Omit<Change, 'baseHlc'> & { version: number };

export interface PushRequest {
  deviceId: string;
  changes: Change[];
}
/**
 * The acknowledgement of a push: it names what was stored (how many changes and the last one's stamp), so
 * that a client never mistakes some other 200 answer (a captive portal's page) for one.
 */
export interface PushResponse {
  version: number;
  stored: number;
  last: string | null;
  /** How many texts this push made into kept conflicts. */
  conflicts: number;
  /** How many fields the server wrote itself (who logged each new conference): pull to get them. */
  stamped?: number;
}

/**
 * A refused push: nothing stored. `index` names the change that was refused when one change is the
 * cause (too large, malformed), so that the client can set that one aside and send the rest.
 */
export interface PushRefusal {
  error: string;
  /**
   * forbidden: a change would write a class the caller may not write (or move a record out of a class she
   * may not write). id-taken: the record's id already lives in a class the caller may not write, so the
   * change would make a second record under it (`row` names it).
   */
  code: 'invalid-change' | 'too-large' | 'clock-drift' | 'invalid-request' | 'forbidden' | 'id-taken';
  index?: number;
  /** For id-taken: the record, as `table/row`. */
  row?: string;
}
export interface PullRequest {
  deviceId: string;
  cursor: string | number;
  /** At most this many changes per page; the server also ends a page at about MAX_PAGE_BYTES. */
  limit?: number;
}
export interface PullResponse {
  changes: VersionedChange[];
  cursor: string;
  hasMore: boolean;
  /** Who is pulling (servers from before sharing leave it out). */
  account?: { id: string };
  /** The classes shared by her or with her, now: a class that stops being listed was unshared. */
  shares?: SharedClass[];
  /**
   * The teachers she shares a class with (owners, co-teachers, coaches), each with the name she has now
   * (her email while she has set none): a conference says who logged it by this, not by the name stamped
   * when it arrived.
   */
  people?: Person[];
}

/** A teacher she shares a class with, as a pull names her. */
export interface Person {
  id: string;
  name: string;
}

/** A shared class as a pull names it. `owner` is her name for a class shared with her ('' for her own). */
export interface SharedClass {
  classId: string;
  role: 'owner' | 'coteacher' | 'coach';
  owner: string;
  /** For her own class: with how many others it is shared. */
  members: number;
}

/** Limits every client and server agree on. */
/** One field's value, as JSON text: a conference note far longer than any teacher writes still fits. */
export const MAX_VALUE_BYTES = 256 * 1024;
/** Values nested deeper than this are refused before anything looks inside them. */
export const MAX_VALUE_DEPTH = 32;
/** A push request body; the server refuses larger bodies with 413. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** The client sizes push batches below this, so a batch always fits the body limit. */
export const MAX_BATCH_BYTES = 1024 * 1024;
/** A pull cursor names a position in each space she reads: room for a few hundred classes. */
export const MAX_CURSOR_LENGTH = 16384;
/** The server ends a pull page once its values pass this many bytes. */
export const MAX_PAGE_BYTES = 1024 * 1024;
