// The sync wire types without their validation, so the app shell can use them without loading zod.

export const SYNCED_TABLES = [
  'classes',
  'students',
  'conferences',
  'goals',
  'grids',
  'plans',
  'signups',
  'patterns',
  'attachments',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** Any JSON value: what a field of a synced record may hold. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One changed field of one record, stamped with the writing device's HLC. */
export interface Change {
  table: SyncedTable;
  row: string;
  field: string;
  value: Json;
  hlc: string;
}

export type VersionedChange = Change & { version: number };

export interface PushRequest {
  deviceId: string;
  changes: Change[];
}
export interface PushResponse {
  version: number;
}
export interface PullRequest {
  deviceId: string;
  cursor: string | number;
  limit?: number;
}
export interface PullResponse {
  changes: VersionedChange[];
  cursor: string;
  hasMore: boolean;
}
