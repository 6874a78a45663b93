// /api/v1: thin routes. Each validates its body with the shared protocol schemas, calls the service, and
// maps its errors to the status codes of the contract in DESIGN.md.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { pullRequestSchema, pushRequestSchema } from '../protocol/change.ts';
import type { LoginLimiter } from './rateLimit.ts';
import { ServiceError, type SyncService } from './syncService.ts';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320).email('Enter an email address.'),
  password: z.string().min(8, 'Use a password of at least 8 characters.').max(200),
});

async function body(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ServiceError(400, 'The request body is not JSON.');
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ServiceError(
      400,
      `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}. Nothing was stored.`,
    );
  }
  return result.data;
}

function bearer(c: Context): string | null {
  const header = c.req.header('authorization') ?? '';
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
}

export interface Limiters {
  /** Per email: 10 wrong passwords in 15 minutes. */
  email: LoginLimiter;
  /** Per client address, higher: a whole school can share one address. */
  address: LoginLimiter;
}

export function mountApi(app: Hono, service: SyncService, limiters: Limiters): void {
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ error: 'The request is larger than 4 MB. Nothing was stored.' }, 413),
    }),
  );
  app.onError((error, c) => {
    if (error instanceof ServiceError) return c.json({ error: error.message }, error.status);
    console.error(
      JSON.stringify({ level: 'error', msg: 'unhandled', path: c.req.path, error: String(error) }),
    );
    return c.json({ error: 'The server failed. Nothing was stored; try again.' }, 500);
  });

  app.get('/api/v1/health', (c) => c.json({ ok: true }));

  app.post('/api/v1/accounts', async (c) => {
    const { email, password } = parse(credentialsSchema, await body(c));
    await service.createAccount(email, password);
    return c.json({ ok: true }, 201);
  });

  app.post('/api/v1/sessions', async (c) => {
    const input = parse(
      z.object({ email: z.string().max(320), password: z.string().max(200) }),
      await body(c),
    );
    const email = [input.email.trim().toLowerCase()];
    const address = [c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'direct'];
    const wait = Math.max(limiters.email.retryAfter(email), limiters.address.retryAfter(address));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new ServiceError(429, `Too many wrong passwords. Try again in ${Math.ceil(wait / 60)} minutes.`);
    }
    try {
      const token = await service.signIn(input.email, input.password);
      limiters.email.succeed(email);
      return c.json({ token });
    } catch (error) {
      if (error instanceof ServiceError && error.status === 401) {
        limiters.email.fail(email);
        limiters.address.fail(address);
      }
      throw error;
    }
  });

  app.delete('/api/v1/sessions', async (c) => {
    const token = bearer(c);
    if (token) await service.signOut(token);
    return c.body(null, 204);
  });

  app.post('/api/v1/sync/push', async (c) => {
    const account = await service.authenticate(bearer(c));
    const request = parse(pushRequestSchema, await body(c));
    return c.json({ version: await service.push(account, request.changes) });
  });

  app.post('/api/v1/sync/pull', async (c) => {
    const account = await service.authenticate(bearer(c));
    const request = parse(pullRequestSchema, await body(c));
    c.header('content-type', 'application/json; charset=utf-8');
    return c.body(await service.pullJson(account, request.cursor, request.limit));
  });

  app.all('/api/*', (c) => c.json({ error: 'No such API call.' }, 404));
}
