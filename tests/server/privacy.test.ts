// The lost iPad, from the server's side, over real HTTP on a real SQLite file and a real PostgreSQL: the
// devices of an account and signing one out at once on every server process; idle sign-ins expire; a
// new password; deleting the account leaves nothing of it in the database or the file store; the
// security headers on every answer.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/protocol/hlc.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import { call, freshDatabase, KINDS, type Kind, startTestServer } from './servers.ts';

const PASSWORD = 'correct horse battery';

async function signIn(url: string, email: string, deviceName?: string, password = PASSWORD) {
  return call(url, '/api/v1/sessions', {
    email,
    password,
    ...(deviceName === undefined ? {} : { deviceName }),
  });
}

async function newAccount(url: string, email: string): Promise<void> {
  expect((await call(url, '/api/v1/accounts', { email, password: PASSWORD })).status).toBe(201);
}

const push = (url: string, token: string, row: string) =>
  call(
    url,
    '/api/v1/sync/push',
    {
      deviceId: 'ipad',
      changes: [
        {
          table: 'conferences',
          row,
          field: 'note',
          value: 'Talked about her lead',
          hlc: formatHlc({ millis: Date.now() - 1000, counter: 1, node: '8f3a2b1c9d0e4f57' }),
        },
      ],
    },
    token,
  );

/** Every row that names the account, table by table, read straight from the database. */
async function rowsOf(kind: Kind, db: { dataDir?: string; databaseUrl?: string }, accountId: string) {
  const queries: [string, string][] = [
    ['accounts', 'select count(*) as n from accounts where id = $1'],
    ['sessions', 'select count(*) as n from sessions where account_id = $1'],
    ['spaces', 'select count(*) as n from spaces where owner_id = $1'],
    [
      'fields',
      'select count(*) as n from fields where space_id in (select id from spaces where owner_id = $1) or space_id not in (select id from spaces)',
    ],
    ['blobs', 'select count(*) as n from blobs where account_id = $1'],
    [
      'row_homes',
      'select count(*) as n from row_homes where space_id in (select id from spaces where owner_id = $1) or space_id not in (select id from spaces)',
    ],
  ];
  const counts: Record<string, number> = {};
  if (kind === 'sqlite') {
    const sqlite = new SQLite(join(db.dataDir as string, 'clipboard.sqlite'), { readonly: true });
    for (const [table, query] of queries)
      counts[table] = Number((sqlite.prepare(query.replace('$1', '?')).get(accountId) as { n: number }).n);
    sqlite.close();
  } else {
    const client = new pg.Client({ connectionString: db.databaseUrl });
    await client.connect();
    for (const [table, query] of queries)
      counts[table] = Number((await client.query(query, [accountId])).rows[0].n);
    await client.end();
  }
  return counts;
}

async function accountIdOf(kind: Kind, db: { dataDir?: string; databaseUrl?: string }, email: string) {
  if (kind === 'sqlite') {
    const sqlite = new SQLite(join(db.dataDir as string, 'clipboard.sqlite'), { readonly: true });
    const row = sqlite.prepare('select id from accounts where email = ?').get(email) as { id: string };
    sqlite.close();
    return row.id;
  }
  const client = new pg.Client({ connectionString: db.databaseUrl });
  await client.connect();
  const { rows } = await client.query('select id from accounts where email = $1', [email]);
  await client.end();
  return rows[0].id as string;
}

async function blobBytesKept(kind: Kind, db: { dataDir?: string; databaseUrl?: string }, sha256: string) {
  if (kind === 'sqlite') return existsSync(join(db.dataDir as string, 'blobs', sha256.slice(0, 2), sha256));
  const client = new pg.Client({ connectionString: db.databaseUrl });
  await client.connect();
  const { rows } = await client.query('select count(*) as n from blob_data where sha256 = $1', [sha256]);
  await client.end();
  return Number(rows[0].n) > 0;
}

describe.each(KINDS)('privacy on %s', (kind) => {
  let one: RunningServer & { db: { dataDir?: string; databaseUrl?: string } };
  let two: RunningServer;
  beforeAll(async () => {
    one = await startTestServer(kind);
    // A second server process on the same database.
    two = await startTestServer(kind, one.db);
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('lists the devices of the account and signs one out at once, on every server process', async () => {
    const email = `devices-${kind}@school.org`;
    await newAccount(one.url, email);
    const ipad = (await signIn(one.url, email, 'Classroom iPad\u0007')).json.token as string;
    const laptop = (await signIn(two.url, email, 'Laptop')).json.token as string;
    expect((await push(one.url, ipad, 'c1')).status).toBe(200);

    const listed = await call(two.url, '/api/v1/devices', undefined, laptop, 'GET');
    expect(listed.status).toBe(200);
    const devices = listed.json.devices as {
      id: string;
      name: string;
      lastSyncAt: string | null;
      current: boolean;
    }[];
    expect(devices.map((d) => [d.name, d.current]).sort()).toEqual([
      ['Classroom iPad', false],
      ['Laptop', true],
    ]);
    const ipadRow = devices.find((d) => d.name === 'Classroom iPad');
    expect(ipadRow?.lastSyncAt).not.toBeNull();
    // The public id is neither the token nor its hash.
    const tokenHash = createHash('sha256').update(ipad).digest('hex');
    expect(tokenHash.startsWith(ipadRow?.id ?? '')).toBe(false);

    // Another account cannot sign this one's device out.
    await newAccount(one.url, `other-${kind}@school.org`);
    const other = (await signIn(one.url, `other-${kind}@school.org`)).json.token as string;
    expect((await call(one.url, `/api/v1/devices/${ipadRow?.id}`, undefined, other, 'DELETE')).status).toBe(
      404,
    );

    // Signed out from the laptop on process two: the iPad is refused on process one at its next request.
    expect((await push(one.url, ipad, 'c2')).status).toBe(200);
    expect((await call(two.url, `/api/v1/devices/${ipadRow?.id}`, undefined, laptop, 'DELETE')).status).toBe(
      204,
    );
    const refused = await push(one.url, ipad, 'c3');
    expect(refused.status).toBe(401);
    expect(refused.json.error).toBe('This device is signed out of the account. Sign in again.');
    expect((await call(one.url, '/api/v1/devices', undefined, laptop, 'GET')).json.devices).toHaveLength(1);
  });

  it('changes the password, keeping the other devices only when she chooses', async () => {
    const email = `password-${kind}@school.org`;
    await newAccount(one.url, email);
    const ipad = (await signIn(one.url, email, 'iPad')).json.token as string;
    const laptop = (await signIn(one.url, email, 'Laptop')).json.token as string;
    const wrong = await call(
      one.url,
      '/api/v1/account/password',
      { password: 'not it at all', newPassword: 'a new long one', signOutOthers: false },
      ipad,
    );
    expect(wrong.status).toBe(403);
    expect(wrong.json.error).toBe('Wrong password. Nothing was changed.');
    expect(
      (
        await call(
          one.url,
          '/api/v1/account/password',
          { password: PASSWORD, newPassword: 'short', signOutOthers: false },
          ipad,
        )
      ).status,
    ).toBe(400);

    const kept = await call(
      one.url,
      '/api/v1/account/password',
      { password: PASSWORD, newPassword: 'a new long one', signOutOthers: false },
      ipad,
    );
    expect(kept.status).toBe(204);
    expect((await call(one.url, '/api/v1/devices', undefined, laptop, 'GET')).status).toBe(200);
    expect((await signIn(one.url, email, 'x')).status).toBe(401);
    expect((await signIn(one.url, email, 'x', 'a new long one')).status).toBe(200);

    const out = await call(
      one.url,
      '/api/v1/account/password',
      { password: 'a new long one', newPassword: 'a third password', signOutOthers: true },
      ipad,
    );
    expect(out.status).toBe(204);
    expect((await call(one.url, '/api/v1/devices', undefined, laptop, 'GET')).status).toBe(401);
    expect((await call(one.url, '/api/v1/devices', undefined, ipad, 'GET')).json.devices).toHaveLength(1);
  });

  it('deletes the account: nothing of it remains in the database, and its files go unless another account holds them', async () => {
    const email = `leaving-${kind}@school.org`;
    await newAccount(one.url, email);
    const token = (await signIn(one.url, email, 'iPad')).json.token as string;
    expect((await push(one.url, token, 'leaving-c1')).status).toBe(200);
    const mine = new TextEncoder().encode(`only mine ${kind}`);
    const shared = new TextEncoder().encode(`shared ${kind}`);
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    const put = (t: string, bytes: Uint8Array) =>
      fetch(`${one.url}/api/v1/blobs/${sha(bytes)}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${t}`, 'content-type': 'audio/mp4' },
        body: new Blob([new Uint8Array(bytes)]),
      });
    expect((await put(token, mine)).status).toBe(201);
    expect((await put(token, shared)).status).toBe(201);
    await newAccount(one.url, `staying-${kind}@school.org`);
    const staying = (await signIn(one.url, `staying-${kind}@school.org`)).json.token as string;
    expect((await put(staying, shared)).status).toBeLessThan(300);

    const id = await accountIdOf(kind, one.db, email);
    expect(Object.values(await rowsOf(kind, one.db, id)).every((n) => n > 0)).toBe(true);

    const typo = await call(
      one.url,
      '/api/v1/account',
      { password: PASSWORD, confirm: 'leaving@school' },
      token,
      'DELETE',
    );
    expect(typo.status).toBe(400);
    expect(typo.json.error).toBe('Type the account’s email to confirm. Nothing was deleted.');
    const wrong = await call(
      one.url,
      '/api/v1/account',
      { password: 'not the password', confirm: email },
      token,
      'DELETE',
    );
    expect(wrong.status).toBe(403);
    expect(Object.values(await rowsOf(kind, one.db, id)).every((n) => n > 0)).toBe(true);

    const gone = await call(
      one.url,
      '/api/v1/account',
      { password: PASSWORD, confirm: ` ${email.toUpperCase()} ` },
      token,
      'DELETE',
    );
    expect(gone.status).toBe(204);
    expect(await rowsOf(kind, one.db, id)).toEqual({
      accounts: 0,
      sessions: 0,
      spaces: 0,
      fields: 0,
      blobs: 0,
      row_homes: 0,
    });
    expect(await blobBytesKept(kind, one.db, sha(mine))).toBe(false);
    expect(await blobBytesKept(kind, one.db, sha(shared))).toBe(true);
    expect((await push(one.url, token, 'leaving-c2')).status).toBe(401);
    expect((await signIn(one.url, email)).status).toBe(401);
    // The other account still has its file.
    const theirs = await fetch(`${one.url}/api/v1/blobs/${sha(shared)}`, {
      headers: { authorization: `Bearer ${staying}` },
    });
    expect(new Uint8Array(await theirs.arrayBuffer())).toEqual(shared);
  });

  it('sends the security headers on pages, files and the API, and never caches the API', async () => {
    for (const path of ['/', '/week', '/manifest.webmanifest', '/api/v1/health', '/api/v1/nope']) {
      const response = await fetch(`${one.url}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("connect-src 'self'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('permissions-policy'), path).toContain('microphone=(self), camera=(self)');
      if (path.startsWith('/api/')) expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});

describe('idle sign-ins expire', () => {
  it('refuses a token unused for longer than TOKEN_IDLE_DAYS, and keeps one in use', async () => {
    // The server's clock is the test's: days pass without waiting for them.
    const day = 24 * 60 * 60 * 1000;
    let clock = Date.now();
    const server = await startTestServer('sqlite', await freshDatabase('sqlite'), { now: () => clock });
    const devices = (token: string) => call(server.url, '/api/v1/devices', undefined, token, 'GET');
    try {
      await newAccount(server.url, 'idle@school.org');
      const idle = (await signIn(server.url, 'idle@school.org')).json.token as string;
      await newAccount(server.url, 'active@school.org');
      const active = (await signIn(server.url, 'active@school.org')).json.token as string;
      expect((await devices(idle)).status).toBe(200);
      // The default is 90 days: one in use every 60 days stays signed in; one left 91 days expires.
      clock += 60 * day;
      expect((await devices(active)).status).toBe(200);
      clock += 31 * day;
      expect((await devices(active)).status).toBe(200);
      const expired = await devices(idle);
      expect(expired.status).toBe(401);
      expect(expired.json.error).toBe('This sign-in was unused for too long and has expired. Sign in again.');
    } finally {
      await server.close();
    }
    // TOKEN_IDLE_DAYS sets it.
    clock = Date.now();
    const short = await startTestServer('sqlite', await freshDatabase('sqlite'), {
      tokenIdleDays: 2,
      now: () => clock,
    });
    try {
      await newAccount(short.url, 'short@school.org');
      const token = (await signIn(short.url, 'short@school.org')).json.token as string;
      clock += 2 * day + 1000;
      expect((await call(short.url, '/api/v1/devices', undefined, token, 'GET')).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});
