// The sync API over real HTTP, on a real SQLite file and a real PostgreSQL: the contract of docs/http.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/protocol/hlc.ts';
import type { Change } from '../../src/protocol/types.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, call, KINDS, startTestServer } from './servers.ts';

const NODE = '8f3a2b1c9d0e4f57';
let tick = 0;
/** Distinct, increasing HLCs a few seconds in the past. */
function hlc(offsetMs = -60_000, node = NODE): string {
  return formatHlc({ millis: Date.now() + offsetMs, counter: ++tick % 0xffff, node });
}
function change(row: string, field: string, value: unknown, stamp = hlc()): Change {
  return { table: 'conferences', row, field, value: value as Change['value'], hlc: stamp };
}
async function pullAll(url: string, token: string, limit = 1000) {
  const seen: (Change & { version: number })[] = [];
  let cursor: string | number = 0;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await call(url, '/api/v1/sync/pull', { deviceId: 'laptop', cursor, limit }, token);
    expect(page.status).toBe(200);
    seen.push(...page.json.changes);
    cursor = page.json.cursor;
    if (!page.json.hasMore) return { changes: seen, cursor };
  }
  throw new Error('pull never ended');
}

describe.each(KINDS)('sync API on %s', (kind) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers health', async () => {
    expect(await call(server.url, '/api/v1/health', undefined, undefined, 'GET')).toEqual({
      status: 200,
      json: { ok: true },
    });
  });

  it('creates accounts, refuses a taken email and bad input', async () => {
    expect(
      (
        await call(server.url, '/api/v1/accounts', {
          email: 'ms.rivera@school.org',
          password: 'long enough pw',
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await call(server.url, '/api/v1/accounts', {
          email: 'MS.RIVERA@school.org ',
          password: 'another long one',
        })
      ).status,
    ).toBe(409);
    for (const bad of [
      { email: 'not-an-email', password: 'long enough pw' },
      { email: 'a@b.org', password: 'short' },
      { email: 'a@b.org' },
      'not json',
    ]) {
      const answer = await call(server.url, '/api/v1/accounts', bad);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toEqual(expect.any(String));
    }
    // Words a teacher reads in Settings: the sentence itself, no field names or doubled stops.
    expect(
      (await call(server.url, '/api/v1/accounts', { email: 'a@b.org', password: 'short' })).json.error,
    ).toBe('Use a password of at least 8 characters. Nothing was stored.');
    expect(
      (await call(server.url, '/api/v1/accounts', { email: 'not-an-email', password: 'long enough pw' })).json
        .error,
    ).toBe('Enter an email address. Nothing was stored.');
  });

  it('signs in with the right password only, and limits repeated wrong ones', async () => {
    await call(server.url, '/api/v1/accounts', { email: 'mr.lee@school.org', password: 'right password' });
    const ok = await call(server.url, '/api/v1/sessions', {
      email: 'mr.lee@school.org',
      password: 'right password',
    });
    expect(ok.status).toBe(200);
    expect(ok.json.token).toMatch(/^[\w-]{40,}$/);
    expect(
      (await call(server.url, '/api/v1/sessions', { email: 'mr.lee@school.org', password: 'wrong password' }))
        .status,
    ).toBe(401);
    expect(
      (await call(server.url, '/api/v1/sessions', { email: 'nobody@school.org', password: 'whatever123' }))
        .status,
    ).toBe(401);
    for (let i = 0; i < 10; i++)
      await call(server.url, '/api/v1/sessions', { email: 'mr.lee@school.org', password: `guess ${i}` });
    const limited = await call(server.url, '/api/v1/sessions', {
      email: 'mr.lee@school.org',
      password: 'right password',
    });
    expect(limited.status).toBe(429);
    expect(limited.json.error).toMatch(/Too many wrong passwords/);
  });

  it('refuses sync calls without a valid token', async () => {
    expect((await call(server.url, '/api/v1/sync/pull', { deviceId: 'x', cursor: 0 })).status).toBe(401);
    expect(
      (await call(server.url, '/api/v1/sync/pull', { deviceId: 'x', cursor: 0 }, 'made-up-token')).status,
    ).toBe(401);
  });

  it('pushes and pulls, keeping per field the change with the newest HLC', async () => {
    const token = await account(server.url, `lww-${kind}@school.org`);
    const older = hlc(-120_000);
    const newer = hlc(-60_000);
    const first = await call(
      server.url,
      '/api/v1/sync/push',
      {
        deviceId: 'ipad',
        changes: [change('c1', 'note', 'newer text', newer), change('c1', 'type', 'content')],
      },
      token,
    );
    expect(first.status).toBe(200);
    expect(first.json.version).toBe(1);
    const second = await call(
      server.url,
      '/api/v1/sync/push',
      { deviceId: 'laptop', changes: [change('c1', 'note', 'older text', older)] },
      token,
    );
    expect(second.json.version).toBe(2);
    const { changes } = await pullAll(server.url, token);
    expect(changes.map((c) => [c.row, c.field, c.value, c.hlc, c.version])).toEqual([
      ['c1', 'note', 'newer text', newer, 1],
      ['c1', 'type', 'content', changes[1]?.hlc, 1],
    ]);
  });

  it('is idempotent: the same batch twice changes nothing', async () => {
    const token = await account(server.url, `twice-${kind}@school.org`);
    const batch = {
      deviceId: 'ipad',
      changes: [
        change('twice-c1', 'note', 'a'),
        change('twice-c2', 'lenses', ['structure', 'voice']),
        change('twice-c3', 'deleted', 1),
      ],
    };
    expect((await call(server.url, '/api/v1/sync/push', batch, token)).status).toBe(200);
    const once = await pullAll(server.url, token);
    expect(once.changes).toHaveLength(3);
    expect((await call(server.url, '/api/v1/sync/push', batch, token)).status).toBe(200);
    const twice = await pullAll(server.url, token);
    expect(twice.changes).toEqual(once.changes);
    const after = await call(
      server.url,
      '/api/v1/sync/pull',
      { deviceId: 'ipad', cursor: once.cursor },
      token,
    );
    expect(after.json).toMatchObject({ changes: [], hasMore: false });
  });

  it('pages inside one push without a skip or a repeat, and never skips a change pushed while paging', async () => {
    const token = await account(server.url, `paging-${kind}@school.org`);
    const rows = Array.from({ length: 25 }, (_, i) =>
      change(`row-${String(i).padStart(2, '0')}`, 'note', `n${i}`),
    );
    await call(server.url, '/api/v1/sync/push', { deviceId: 'ipad', changes: rows }, token);
    const firstPage = await call(
      server.url,
      '/api/v1/sync/pull',
      { deviceId: 'laptop', cursor: 0, limit: 7 },
      token,
    );
    expect(firstPage.json.changes).toHaveLength(7);
    expect(firstPage.json.hasMore).toBe(true);
    // While the laptop pages, the iPad pushes more, including a new winner for a row already paged past.
    await call(
      server.url,
      '/api/v1/sync/push',
      { deviceId: 'ipad', changes: [change('row-00', 'note', 'edited'), change('row-99', 'note', 'new')] },
      token,
    );
    const seen = [...firstPage.json.changes];
    let cursor = firstPage.json.cursor;
    for (;;) {
      const page = await call(
        server.url,
        '/api/v1/sync/pull',
        { deviceId: 'laptop', cursor, limit: 7 },
        token,
      );
      seen.push(...page.json.changes);
      cursor = page.json.cursor;
      if (!page.json.hasMore) break;
    }
    const latest = new Map(seen.map((c) => [c.row, c.value]));
    expect(latest.size).toBe(26);
    expect(latest.get('row-00')).toBe('edited');
    expect(latest.get('row-99')).toBe('new');
    // No change appears twice at the same version.
    const keys = seen.map((c) => `${c.version}:${c.row}:${c.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses HLCs more than 5 minutes in the future, storing nothing of the batch', async () => {
    const token = await account(server.url, `drift-${kind}@school.org`);
    const answer = await call(
      server.url,
      '/api/v1/sync/push',
      {
        deviceId: 'ipad',
        changes: [change('ok', 'note', 'fine'), change('late', 'note', 'x', hlc(6 * 60_000))],
      },
      token,
    );
    expect(answer.status).toBe(400);
    expect(answer.json.error).toMatch(/more than 5 minutes ahead/);
    expect((await pullAll(server.url, token)).changes).toEqual([]);
    expect(
      (
        await call(
          server.url,
          '/api/v1/sync/push',
          { deviceId: 'ipad', changes: [change('soon', 'note', 'ok', hlc(4 * 60_000))] },
          token,
        )
      ).status,
    ).toBe(200);
  });

  it('answers malformed and oversized bodies with 400 and 413, storing nothing', async () => {
    const token = await account(server.url, `bad-${kind}@school.org`);
    const cases: [unknown, number][] = [
      ['{"deviceId": "ipad", "changes": [', 400],
      [{ deviceId: 'ipad' }, 400],
      [
        {
          deviceId: 'ipad',
          changes: [change('ok', 'note', 'good'), { ...change('bad', 'note', 'x'), table: 'users' }],
        },
        400,
      ],
      [
        {
          deviceId: 'ipad',
          changes: [change('ok', 'note', 'good'), { ...change('bad', 'note', 'x'), hlc: 'yesterday' }],
        },
        400,
      ],
      [{ deviceId: 'ipad', changes: [change('ok', '_clock', 'x')] }, 400],
      [{ deviceId: 'ipad', changes: [change('big', 'note', 'x'.repeat(5 * 1024 * 1024))] }, 413],
    ];
    for (const [body, status] of cases) {
      const answer = await call(server.url, '/api/v1/sync/push', body, token);
      expect(answer.status).toBe(status);
      expect(answer.json.error).toEqual(expect.any(String));
    }
    expect((await pullAll(server.url, token)).changes).toEqual([]);
    expect(
      (await call(server.url, '/api/v1/sync/pull', { deviceId: 'ipad', cursor: 'forged' }, token)).status,
    ).toBe(400);
  });

  it('takes a reflection in seed 001’s answers and the “yes” / “not yet” of before, and refuses any other', async () => {
    const token = await account(server.url, `reflect-${kind}@school.org`);
    const reflection = (field: string, value: unknown): Change => ({
      table: 'reflections',
      row: 'conf-r',
      field,
      value: value as Change['value'],
      hlc: hlc(),
    });
    const today = [
      reflection('pacing', 'slow'),
      reflection('research', 'no'),
      reflection('compliment', 'yes'),
      reflection('oneStrategy', 'more than one'),
      reflection('bestPoint', 'something else'),
      reflection('helpedMore', 'Teach dialogue punctuation first'),
      reflection('note', 'Research took half the time.'),
      reflection('deleted', 0),
    ];
    // The conferences they are on, first: a reflection follows its conference.
    expect(
      (
        await call(
          server.url,
          '/api/v1/sync/push',
          { deviceId: 'ipad', changes: [change('conf-r', 'note', 'Ana'), change('conf-old', 'note', 'Ben')] },
          token,
        )
      ).status,
    ).toBe(200);
    // An older device's change, as it was stored before.
    const before = { ...reflection('pacing', 'not yet'), row: 'conf-old' };
    const pushed = await call(
      server.url,
      '/api/v1/sync/push',
      { deviceId: 'ipad', changes: [...today, before] },
      token,
    );
    expect(pushed.status).toBe(200);
    for (const [field, value] of [
      ['pacing', 'no'],
      ['research', 'rushed'],
      ['oneStrategy', 'two'],
      ['helpedMore', null],
    ] as const) {
      const refused = await call(
        server.url,
        '/api/v1/sync/push',
        { deviceId: 'ipad', changes: [reflection(field, value)] },
        token,
      );
      expect(refused.status, `${field}: ${value}`).toBe(400);
      expect(refused.json.code).toBe('invalid-change');
    }
    const pulled = (await pullAll(server.url, token)).changes.filter((c) => c.table === 'reflections');
    expect(
      Object.fromEntries(pulled.filter((c) => c.row === 'conf-r').map((c) => [c.field, c.value])),
    ).toEqual(Object.fromEntries(today.map((c) => [c.field, c.value])));
    expect(pulled.find((c) => c.row === 'conf-old')?.value).toBe('not yet');
  });

  it('keeps accounts apart, whatever row ids or cursors one sends', async () => {
    const a = await account(server.url, `a-${kind}@school.org`);
    const b = await account(server.url, `b-${kind}@school.org`);
    await call(
      server.url,
      '/api/v1/sync/push',
      { deviceId: 'a', changes: [change('shared-id', 'note', 'A’s note about Ana')] },
      a,
    );
    const aCursor = (await pullAll(server.url, a)).cursor;
    expect((await pullAll(server.url, b)).changes).toEqual([]);
    // B writes the same row id with a newer stamp: refused (an id is one record everywhere), nothing stored.
    const clash = await call(
      server.url,
      '/api/v1/sync/push',
      { deviceId: 'b', changes: [change('shared-id', 'note', 'B’s text', hlc(-1000))] },
      b,
    );
    expect(clash.status).toBe(409);
    expect(clash.json).toMatchObject({ code: 'id-taken', index: 0, row: 'conferences/shared-id' });
    expect(clash.json.error).not.toContain('Ana');
    expect((await pullAll(server.url, a)).changes.map((c) => c.value)).toEqual(['A’s note about Ana']);
    expect((await pullAll(server.url, b)).changes).toEqual([]);
    // A's cursor in B's hands reads only B's rows.
    const withA = await call(server.url, '/api/v1/sync/pull', { deviceId: 'b', cursor: 0, limit: 10 }, b);
    expect(withA.json.changes.every((c: Change) => c.value !== 'A’s note about Ana')).toBe(true);
    expect((await call(server.url, '/api/v1/sync/pull', { deviceId: 'b', cursor: aCursor }, b)).status).toBe(
      200,
    );
  });
});
