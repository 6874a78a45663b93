// Validation of the sync wire format (types in ./types.ts). Imported by the sync client, the server and
// the tests; there is no second copy.
import { z } from 'zod';
import { isHlc } from './hlc.ts';
import { type Change, type Json, type PullRequest, type PushRequest, SYNCED_TABLES } from './types.ts';

/** Field names a record may never carry as data: they belong to the storage layer. */
export const RESERVED_FIELDS = new Set(['id', '_clock', '__proto__', 'constructor', 'prototype']);

const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);

export const changeSchema = z.object({
  table: z.enum(SYNCED_TABLES),
  row: z.string().min(1).max(64),
  field: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a field is a plain identifier')
    .refine((f) => !RESERVED_FIELDS.has(f), 'a reserved field name'),
  value: jsonValue,
  hlc: z.string().refine(isHlc, 'not an HLC timestamp'),
}) satisfies z.ZodType<Change>;

export const pushRequestSchema = z.object({
  deviceId: z.string().min(1).max(64),
  changes: z.array(changeSchema).max(5000),
}) satisfies z.ZodType<PushRequest>;

export const pullRequestSchema = z.object({
  deviceId: z.string().min(1).max(64),
  // Opaque to the client: the server encodes the position of the last change it returned.
  cursor: z.union([z.string().max(512), z.number().int().nonnegative()]),
  limit: z.number().int().min(1).max(5000).optional(),
}) satisfies z.ZodType<PullRequest>;
