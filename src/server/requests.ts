// What every route reads from a request: the bearer token and a JSON body checked by a schema (a 400 that
// names the field at fault, nothing stored).
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
    throw new ServiceError(
      400,
      `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}. Nothing was stored.`,
      { code: 'invalid-request' },
    );
  }
  return result.data;
}

export function bearer(c: Context): string | null {
  return /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? null;
}
