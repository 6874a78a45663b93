// Validation of the sync wire format (types in ./types.ts). Imported by the sync client (lazy-loaded with
// it, so zod stays out of the app shell), the server and the tests; there is no second copy.
import { z } from 'zod';
import { isHlc } from './hlc.ts';
import { checkField, SYNCED_TABLES } from './tables.ts';
import {
  type Change,
  type Json,
  MAX_CURSOR_LENGTH,
  MAX_VALUE_BYTES,
  MAX_VALUE_DEPTH,
  type PullRequest,
  type PullResponse,
  type PushRefusal,
  type PushResponse,
  type VersionedChange,
} from './types.ts';

/** Field names a record may never carry as data: they belong to the storage layer. */
export const RESERVED_FIELDS = new Set(['id', '_clock', '__proto__', 'constructor', 'prototype']);

/**
 * Depth of a JSON value, counted without recursion: a value nested thousands of levels deep must be
 * refused with a message, not overflow the stack (zod's recursive schemas do).
 */
export function jsonDepth(value: unknown, stopAt = MAX_VALUE_DEPTH + 1): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (depth > deepest) deepest = depth;
    if (deepest >= stopAt) return deepest;
    if (item !== null && typeof item === 'object') {
      for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

function isJson(value: unknown): value is Json {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (Array.isArray(item)) stack.push(...item);
    else if (typeof item === 'object' && Object.getPrototypeOf(item) === Object.prototype)
      stack.push(...Object.values(item));
    else return false;
  }
  return true;
}

const encoder = new TextEncoder();

/** Bytes of a value as JSON text, the way it travels and is stored. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

const jsonValue = z
  .custom<Json>((value) => value !== undefined, 'a value is required')
  .superRefine((value, ctx) => {
    if (jsonDepth(value) > MAX_VALUE_DEPTH)
      ctx.addIssue({ code: 'custom', message: `nested more than ${MAX_VALUE_DEPTH} levels deep` });
    else if (!isJson(value)) ctx.addIssue({ code: 'custom', message: 'not a JSON value' });
    else if (jsonBytes(value) > MAX_VALUE_BYTES)
      ctx.addIssue({ code: 'custom', message: `larger than ${MAX_VALUE_BYTES / 1024} KB` });
  });

const hlc = z.string().max(48).refine(isHlc, 'not an HLC timestamp');

// Row keys are made by the app (UUIDv7); control characters (a NUL, say) are refused: PostgreSQL text
// cannot hold a NUL, and no key of ours has one.
const rowKey = z
  .string()
  .min(1)
  .max(64)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what this refuses
  .regex(/^[^\u0000-\u001f\u007f]+$/, 'a row key has no control characters');

const fieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'a field is a plain identifier')
  .refine((f) => !RESERVED_FIELDS.has(f), 'a reserved field name');

/** The field is one the table declares (src/protocol/tables.ts), and its value is of that field's kind. */
function knownField(change: Pick<Change, 'table' | 'field' | 'value'>, ctx: z.RefinementCtx): void {
  const problem = checkField(change.table, change.field, change.value);
  if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
}

/** A changed field, as pushed and as pulled. */
const changeFields = z.object({
  table: z.enum(SYNCED_TABLES),
  row: rowKey,
  field: fieldName,
  value: jsonValue,
  hlc,
});

export const changeSchema = changeFields
  .extend({ baseHlc: hlc.nullable().optional() })
  .superRefine(knownField) satisfies z.ZodType<Change>;

export const pushRequestSchema = z.object({
  deviceId: rowKey,
  changes: z.array(z.unknown()).max(5000),
});

export const pullRequestSchema = z.object({
  deviceId: rowKey,
  // Opaque to the client: the server encodes the position of the last change it returned.
  cursor: z.union([z.string().max(MAX_CURSOR_LENGTH), z.number().int().nonnegative()]),
  limit: z.number().int().min(1).max(5000).optional(),
}) satisfies z.ZodType<PullRequest>;

export const pushResponseSchema = z.object({
  version: z.number().int().nonnegative(),
  stored: z.number().int().nonnegative(),
  last: hlc.nullable(),
  conflicts: z.number().int().nonnegative(),
  stamped: z.number().int().nonnegative().optional(),
}) satisfies z.ZodType<PushResponse>;

export const pushRefusalSchema = z.object({
  error: z.string(),
  code: z.enum(['invalid-change', 'too-large', 'clock-drift', 'invalid-request', 'forbidden', 'id-taken']),
  index: z.number().int().nonnegative().optional(),
  row: z.string().optional(),
}) satisfies z.ZodType<PushRefusal>;

const versionedChangeSchema = changeFields
  .extend({ version: z.number().int().nonnegative() })
  .superRefine(knownField) satisfies z.ZodType<VersionedChange>;

export const pullResponseSchema = z.object({
  changes: z.array(versionedChangeSchema),
  cursor: z.string().min(1).max(MAX_CURSOR_LENGTH),
  hasMore: z.boolean(),
  account: z.object({ id: z.string().max(64) }).optional(),
  shares: z
    .array(
      z.object({
        classId: z.string().max(64),
        role: z.enum(['owner', 'coteacher', 'coach']),
        owner: z.string().max(320),
        members: z.number().int().nonnegative(),
      }),
    )
    .max(1000)
    .optional(),
  people: z
    .array(z.object({ id: z.string().max(64), name: z.string().max(320) }))
    .max(10_000)
    .optional(),
}) satisfies z.ZodType<PullResponse>;

/** A push body's changes, each checked on its own so that a refusal can name the one at fault. */
export function parseChanges(
  raw: readonly unknown[],
): { ok: true; changes: Change[] } | { ok: false; index: number; message: string } {
  const changes: Change[] = [];
  for (const [index, item] of raw.entries()) {
    const result = changeSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0];
      return { ok: false, index, message: `${issue?.path.join('.') || 'change'}: ${issue?.message}` };
    }
    changes.push(result.data);
  }
  return { ok: true, changes };
}
