// The server answers bad input with 4xx, never 500, on SQLite and PostgreSQL alike; and its sign-in
// limits stop a guesser without locking the teacher out, believing X-Forwarded-For only from TRUST_PROXY.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/protocol/hlc.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import { startServer } from '../../src/server/serve.ts';
import { account, call, freshDatabase, KINDS, startTestServer } from './servers.ts';

const stamp = () => formatHlc({ millis: Date.now() - 60_000, counter: 1, node: '8f3a2b1c9d0e4f57' });
const change = (over: Record<string, unknown>) => ({
  table: 'conferences',
  row: 'c1',
  field: 'note',
  value: 'text',
  hlc: stamp(),
  ...over,
});

describe.each(KINDS)('bad input on %s', (kind) => {
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    token = await account(server.url, `hostile-${kind}@school.org`);
  });
  afterAll(async () => {
    await server?.close();
  });

  const push = (changes: unknown[]) =>
    call(server.url, '/api/v1/sync/push', { deviceId: 'ipad', changes }, token);

  it('JSON nested thousands of levels deep: 400, nothing stored', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const body = `{"deviceId":"ipad","changes":[{"table":"conferences","row":"c1","field":"note","value":${deep},"hlc":"${stamp()}"}]}`;
    const answer = await call(server.url, '/api/v1/sync/push', body, token);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'invalid-change', index: 0 });
    expect(answer.json.error).toMatch(/nested more than 32 levels/);
    const deepBody = `{"deviceId":"ipad","cursor":0,"x":${deep}}`;
    expect((await call(server.url, '/api/v1/sync/pull', deepBody, token)).status).toBe(200);
    const pulled = await call(server.url, '/api/v1/sync/pull', { deviceId: 'ipad', cursor: 0 }, token);
    expect(pulled.json.changes).toEqual([]);
  });

  it('a NUL in a row id: 400; a NUL inside a text value is stored and comes back as sent', async () => {
    const bad = await push([change({ row: 'c\u00001' })]);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatch(/row key has no control characters/);
    const field = await push([change({ field: 'no\u0000te' })]);
    expect(field.status).toBe(400);
    const ok = await push([change({ row: 'nul-value', value: 'before\u0000after' })]);
    expect(ok.status).toBe(200);
    const pulled = await call(server.url, '/api/v1/sync/pull', { deviceId: 'ipad', cursor: 0 }, token);
    expect(pulled.json.changes.map((c: { value: unknown }) => c.value)).toEqual(['before\u0000after']);
    expect(
      (await call(server.url, '/api/v1/sync/pull', { deviceId: 'ip\u0000ad', cursor: 0 }, token)).status,
    ).toBe(400);
  });

  it('a stamp on a date that does not exist (30 February): 400', async () => {
    for (const hlc of [
      '2026-02-30T09:14:03.120Z-0001-8f3a2b1c9d0e4f57',
      '2026-13-01T09:14:03.120Z-0001-8f3a2b1c9d0e4f57',
      '2026-11-23T25:14:03.120Z-0001-8f3a2b1c9d0e4f57',
    ]) {
      const answer = await push([change({ hlc })]);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatch(/not an HLC timestamp/);
    }
    expect((await push([change({ baseHlc: '2026-02-29T09:14:03.120Z-0001-8f3a2b1c9d0e4f57' })])).status).toBe(
      400,
    );
  });

  it('a value larger than 256 KB: 400 naming the change; anything else odd: 400, never 500', async () => {
    const answer = await push([change({ row: 'ok' }), change({ row: 'big', value: 'x'.repeat(300 * 1024) })]);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: 'invalid-change', index: 1 });
    for (const body of [
      '[]',
      'null',
      '"text"',
      '{"deviceId":"ipad","changes":"all"}',
      '{"deviceId":"ipad","changes":[null]}',
      '{"deviceId":"ipad","changes":[{"table":"conferences","row":"c","field":"note","hlc":"x"}]}',
      `{"deviceId":"ipad","changes":[${JSON.stringify(change({ value: null }))}]}`.replace(
        '"value":null',
        '"value":1e400',
      ),
    ]) {
      const odd = await call(server.url, '/api/v1/sync/push', body, token);
      expect(odd.status, body).toBe(400);
    }
    for (const body of [
      '{"deviceId":"ipad","cursor":"9.!!!"}',
      '{"deviceId":"ipad","cursor":-5}',
      '{"cursor":0}',
    ]) {
      expect((await call(server.url, '/api/v1/sync/pull', body, token)).status, body).toBe(400);
    }
  });
});

describe('sign-in limits', () => {
  async function serverWith(trustProxy?: string) {
    return startServer({ port: 0, host: '127.0.0.1', trustProxy, ...(await freshDatabase('sqlite')) });
  }
  const signIn = (url: string, email: string, password: string, forwardedFor?: string) =>
    fetch(`${url}/api/v1/sessions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ email, password }),
    }).then(async (r) => ({
      status: r.status,
      json: await r.json(),
      retryAfter: r.headers.get('retry-after'),
    }));

  it('ignores a forged X-Forwarded-For unless TRUST_PROXY names the proxy', async () => {
    const server = await serverWith();
    try {
      await call(server.url, '/api/v1/accounts', { email: 'teacher@school.org', password: 'right password' });
      // The guesser changes the header on every try; without a trusted proxy it is one address, and
      // the delay that grows with each failure holds.
      const answers = [];
      for (let i = 0; i < 6; i++)
        answers.push((await signIn(server.url, 'teacher@school.org', `guess ${i}`, `10.9.${i}.1`)).status);
      expect(answers.slice(0, 3)).toEqual([401, 401, 401]);
      expect(answers.slice(3)).toEqual([429, 429, 429]);
    } finally {
      await server.close();
    }
  });

  it('ten wrong tries by someone else do not lock the teacher out of her own account', async () => {
    const server = await serverWith('127.0.0.1');
    try {
      await call(server.url, '/api/v1/accounts', { email: 'teacher@school.org', password: 'right password' });
      const guesses = [];
      for (let i = 0; i < 10; i++)
        guesses.push((await signIn(server.url, 'teacher@school.org', `guess ${i}`, '203.0.113.7')).status);
      expect(guesses.filter((s) => s === 401).length).toBe(3);
      const limited = await signIn(server.url, 'teacher@school.org', 'guess again', '203.0.113.7');
      expect(limited.status).toBe(429);
      expect(Number(limited.retryAfter)).toBeGreaterThan(0);
      expect(limited.json.error).toMatch(/Too many wrong passwords\. Try again in \d+ seconds\./);
      // The teacher, from her own address, signs in at once.
      expect((await signIn(server.url, 'teacher@school.org', 'right password', '198.51.100.20')).status).toBe(
        200,
      );
      // A forged left-hand entry does not help the guesser: the proxy's right-most entry is believed.
      expect(
        (await signIn(server.url, 'teacher@school.org', 'guess', '198.51.100.20, 203.0.113.7')).status,
      ).toBe(429);
    } finally {
      await server.close();
    }
  });

  it('limits account creation per address', async () => {
    const server = await serverWith();
    try {
      const made = [];
      for (let i = 0; i < 21; i++)
        made.push(
          (
            await call(server.url, '/api/v1/accounts', {
              email: `t${i}@school.org`,
              password: 'long enough pw',
            })
          ).status,
        );
      expect(made.slice(0, 20).every((s) => s === 201)).toBe(true);
      expect(made[20]).toBe(429);
    } finally {
      await server.close();
    }
  }, 60_000);
});
