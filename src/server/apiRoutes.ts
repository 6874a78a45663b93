// /api/v1: thin routes. Each validates its body with the shared protocol schemas, calls the service, and
// maps its errors to the status codes of the contract in docs/http.md.
import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  accountDeletionSchema,
  credentialsSchema,
  passwordChangeSchema,
  signInSchema,
} from '../protocol/account.ts';
import { parseChanges, pullRequestSchema, pushRequestSchema } from '../protocol/change.ts';
import { MAX_BODY_BYTES } from '../protocol/types.ts';
import type { Session } from './accountService.ts';
import { mountBlobs } from './blobRoutes.ts';
import type { BlobService } from './blobService.ts';
import { clientAddress } from './clientAddress.ts';
import type { CreationLimit, SignInGuard } from './rateLimit.ts';
import { bearer, body, parse, pathId } from './requests.ts';
import { mountSharing } from './sharingRoutes.ts';
import { ServiceError, type SyncService } from './syncService.ts';

export { MAX_BODY_BYTES };

export interface Guards {
  signIn: SignInGuard;
  creation: CreationLimit;
  /** Proxies whose X-Forwarded-For is believed (TRUST_PROXY); none by default. */
  trustedProxies: ReadonlySet<string>;
}

function tooMany(c: Context, seconds: number, what: string): never {
  c.header('Retry-After', String(seconds));
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  throw new ServiceError(429, `${what} Try again in ${wait}.`);
}

export function mountApi(app: Hono, service: SyncService, guards: Guards, blobs?: BlobService): void {
  const jsonLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      c.json({ error: 'The request is larger than 4 MB. Nothing was stored.', code: 'too-large' }, 413),
  });
  // JSON calls are limited to 4 MB; blobs stream and carry their own limit (BlobService).
  app.use('/api/*', (c, next) => (c.req.path.startsWith('/api/v1/blobs/') ? next() : jsonLimit(c, next)));
  app.onError((error, c) => {
    if (error instanceof ServiceError)
      return c.json({ error: error.message, ...(error.refusal ?? {}) }, error.status);
    console.error(
      JSON.stringify({ level: 'error', msg: 'unhandled', path: c.req.path, error: String(error) }),
    );
    return c.json({ error: 'The server failed. Nothing was stored; try again.' }, 500);
  });

  app.get('/api/v1/health', (c) => c.json({ ok: true }));

  app.post('/api/v1/accounts', async (c) => {
    const address = clientAddress(c, guards.trustedProxies);
    const wait = guards.creation.retryAfter(address);
    if (wait > 0) tooMany(c, wait, 'Too many accounts were made from this network.');
    const { email, password } = parse(credentialsSchema, await body(c));
    await service.createAccount(email, password);
    guards.creation.record(address);
    return c.json({ ok: true }, 201);
  });

  app.post('/api/v1/sessions', async (c) => {
    const input = parse(signInSchema, await body(c));
    const email = input.email.trim().toLowerCase();
    const address = clientAddress(c, guards.trustedProxies);
    const wait = guards.signIn.retryAfter(email, address);
    if (wait > 0) tooMany(c, wait, 'Too many wrong passwords.');
    try {
      const token = await service.signIn(input.email, input.password, input.deviceName);
      guards.signIn.succeed(email, address);
      return c.json({ token });
    } catch (error) {
      if (error instanceof ServiceError && error.status === 401) guards.signIn.fail(email, address);
      throw error;
    }
  });

  app.delete('/api/v1/sessions', async (c) => {
    const token = bearer(c);
    if (token) await service.signOut(token);
    return c.body(null, 204);
  });

  app.get('/api/v1/devices', async (c) => {
    const session = await service.session(bearer(c));
    return c.json({ devices: await service.devices(session) });
  });

  app.delete('/api/v1/devices/:id', async (c) => {
    const session = await service.session(bearer(c));
    await service.signOutDevice(session, pathId(c, 'id'));
    return c.body(null, 204);
  });

  app.post('/api/v1/account/password', async (c) => {
    const session = await service.session(bearer(c));
    const input = parse(passwordChangeSchema, await body(c));
    await guarded(c, session, () => service.changePassword(session, input));
    return c.body(null, 204);
  });

  app.delete('/api/v1/account', async (c) => {
    const session = await service.session(bearer(c));
    const input = parse(accountDeletionSchema, await body(c));
    const files = await guarded(c, session, () => service.deleteAccount(session, input));
    await blobs?.forget(files);
    return c.body(null, 204);
  });

  /** A password asked again (to change it, to delete the account): wrong tries count as at sign-in. */
  async function guarded<T>(c: Context, session: Session, run: () => Promise<T>): Promise<T> {
    const email = await service.emailOf(session.accountId);
    const address = clientAddress(c, guards.trustedProxies);
    const wait = guards.signIn.retryAfter(email, address);
    if (wait > 0) tooMany(c, wait, 'Too many wrong passwords.');
    try {
      const result = await run();
      guards.signIn.succeed(email, address);
      return result;
    } catch (error) {
      if (error instanceof ServiceError && error.status === 401) {
        guards.signIn.fail(email, address);
        throw new ServiceError(403, 'Wrong password. Nothing was changed.');
      }
      throw error;
    }
  }

  app.post('/api/v1/sync/push', async (c) => {
    const { accountId: account } = await service.session(bearer(c), true);
    const request = parse(pushRequestSchema, await body(c));
    const parsed = parseChanges(request.changes);
    if (!parsed.ok)
      throw new ServiceError(400, `changes.${parsed.index}.${parsed.message}. Nothing was stored.`, {
        code: 'invalid-change',
        index: parsed.index,
      });
    return c.json(await service.push(account, parsed.changes));
  });

  app.post('/api/v1/sync/pull', async (c) => {
    const { accountId: account } = await service.session(bearer(c), true);
    const request = parse(pullRequestSchema, await body(c));
    c.header('content-type', 'application/json; charset=utf-8');
    return c.body(await service.pullJson(account, request.cursor, request.limit));
  });

  mountSharing(app, service);
  if (blobs) mountBlobs(app, service, blobs);
  app.all('/api/*', (c) => c.json({ error: 'No such API call.' }, 404));
}
