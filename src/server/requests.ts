// What every route reads from a request: the bearer token, the ids in its path, and a JSON body checked by
// a schema (a 400 that names the field at fault, nothing stored).
import type { Context } from 'hono';
import type { z } from 'zod';
import { ServiceError } from './errors.ts';

export async function body(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ServiceError(400, 'The request body is not JSON.');
  }
}

export function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const message = issue?.message ?? 'invalid';
    // Our own sentences ("Use a password of at least 8 characters.") are shown to the teacher as they
    // are; a schema's terse default is named by its field.
    const said = /^[A-Z].*[.!?]$/.test(message) ? message : `${issue?.path.join('.') || 'body'}: ${message}.`;
    throw new ServiceError(400, `${said} Nothing was stored.`, { code: 'invalid-request' });
  }
  return result.data;
}

export function bearer(c: Context): string | null {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
}

/**
 * An id from the request's path (a class, a member, an invitation, a device). Every id the server stores
 * has 1 to 64 characters and none below a space or DEL (a class's is a row key, src/protocol/change.ts; the
 * others are UUIDs), so anything else is refused in words before a query: PostgreSQL text cannot hold a NUL.
 */
export function pathId(c: Context, name: string): string {
  const id = c.req.param(name) ?? '';
  if (id.length === 0 || id.length > 64 || [...id].some((ch) => ch < ' ' || ch === '\u007f'))
    throw new ServiceError(400, `${name}: an id has 1 to 64 characters and no control characters.`, {
      code: 'invalid-request',
    });
  return id;
}
