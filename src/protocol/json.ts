// Any JSON value: what a field of a synced record may hold. Its own file, so the table registry and the
// wire types can both use it without importing each other.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object (not an array, not null). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
