// Recordings and photos travel outside the change stream, as content-addressed blobs per account: over
// real HTTP on a SQLite server (files under DATA_DIR/blobs) and on PostgreSQL (blob_data).
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, KINDS, startTestServer } from './servers.ts';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const MB = 1024 * 1024;

describe.each(KINDS)('blobs on %s', (kind) => {
  let server: RunningServer;
  let ana: string;
  let ben: string;
  beforeAll(async () => {
    server = await startTestServer(kind, undefined, { blobLimits: { maxBytes: 2 * MB, quotaBytes: 3 * MB } });
    ana = await account(server.url, `ana-blobs-${kind}@school.org`);
    ben = await account(server.url, `ben-blobs-${kind}@school.org`);
  });
  afterAll(async () => {
    await server?.close();
  });

  const put = (token: string, name: string, bytes: Uint8Array, type = 'audio/mp4') =>
    fetch(`${server.url}/api/v1/blobs/${name}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body: new Blob([new Uint8Array(bytes)]),
    });
  const get = (token: string, name: string, init: RequestInit = {}) =>
    fetch(`${server.url}/api/v1/blobs/${name}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
  const usage = async (token: string) =>
    (await (
      await fetch(`${server.url}/api/v1/account`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      email: string;
      blobBytes: number;
      blobQuota: number;
    };

  it('stores once (201, then 200), and gives the bytes back with their type, whole, by range, and by HEAD', async () => {
    const bytes = randomBytes(300_000);
    const name = sha(bytes);
    expect((await put(ana, name, bytes)).status).toBe(201);
    expect((await put(ana, name, bytes)).status).toBe(200);
    const whole = await get(ana, name);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/mp4');
    expect(sha(new Uint8Array(await whole.arrayBuffer()))).toBe(name);
    const part = await get(ana, name, { headers: { range: 'bytes=1000-1999' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(1000, 2000));
    const tail = await get(ana, name, { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(bytes.length - 10));
    expect((await get(ana, name, { headers: { range: 'bytes=999999999-' } })).status).toBe(416);
    const head = await get(ana, name, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect(await usage(ana)).toMatchObject({
      email: `ana-blobs-${kind}@school.org`,
      blobBytes: 300_000,
      blobQuota: 3 * MB,
    });
  });

  it('refuses bytes that do not hash to the name, and a name that is not a sha256: nothing stored', async () => {
    const bytes = randomBytes(1000);
    const wrong = sha(randomBytes(10));
    const answer = await put(ana, wrong, bytes);
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toMatch(/do not hash to the name/);
    expect((await get(ana, wrong)).status).toBe(404);
    expect((await put(ana, 'not-a-hash', bytes)).status).toBe(400);
    expect((await put(ana, sha(bytes).toUpperCase(), bytes)).status).toBe(400);
  });

  it('a blob stored by one account is not revealed to another, even with its hash', async () => {
    const bytes = randomBytes(2000);
    const name = sha(bytes);
    expect((await put(ana, name, bytes)).status).toBe(201);
    expect((await get(ben, name)).status).toBe(404);
    expect((await get(ben, name, { method: 'HEAD' })).status).toBe(404);
    expect((await get('made-up-token', name)).status).toBe(401);
    // Ben uploading the same bytes stores them for him (and counts them against his quota).
    expect((await put(ben, name, bytes)).status).toBe(201);
    expect((await get(ben, name)).status).toBe(200);
    expect((await usage(ben)).blobBytes).toBe(2000);
  });

  it('a file over the per-file limit: 413; past the quota: 507 with how much is used; nothing stored', async () => {
    const big = randomBytes(2 * MB + 1);
    const tooBig = await put(ana, sha(big), big);
    expect(tooBig.status).toBe(413);
    expect((await get(ana, sha(big))).status).toBe(404);
    const before = (await usage(ana)).blobBytes;
    const fits = randomBytes(1.9 * MB);
    expect((await put(ana, sha(fits), fits)).status).toBe(201);
    const over = randomBytes(1.5 * MB);
    const full = await put(ana, sha(over), over);
    expect(full.status).toBe(507);
    expect((await full.json()).error).toMatch(/use \d+ MB of 3 MB; this file \(2 MB\) does not fit/);
    expect((await usage(ana)).blobBytes).toBe(before + fits.length);
  });

  it('an upload cut off halfway leaves nothing; sent again whole, it is stored', async () => {
    const bytes = randomBytes(800_000);
    const name = sha(bytes);
    const url = new URL(`${server.url}/api/v1/blobs/${name}`);
    await new Promise<void>((resolve) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'PUT',
          headers: {
            authorization: `Bearer ${ben}`,
            'content-type': 'image/jpeg',
            'content-length': bytes.length,
          },
        },
        () => resolve(),
      );
      req.on('error', () => resolve());
      // Cut off once the first part has left: the server has started to read it.
      req.write(bytes.subarray(0, 300_000), () => {
        req.destroy();
        resolve();
      });
    });
    expect((await get(ben, name)).status).toBe(404);
    expect((await put(ben, name, bytes, 'image/jpeg')).status).toBe(201);
    expect(sha(new Uint8Array(await (await get(ben, name)).arrayBuffer()))).toBe(name);
  });
});
