// The server as `npm start` runs it: the compiled bundle (dist-server/main.js, made by `npm run build`)
// in its own Node process, on a fresh data folder. It must start, migrate, serve the app and the API.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../ports.ts';

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  const port = await freePort();
  child = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'start-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const found = /running at (\S+?)\/? /.exec(chunk.toString());
      if (found) resolve((found[1] as string).replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`dist-server/main.js exited ${code}`)));
  });
});

afterAll(async () => {
  child?.kill('SIGTERM');
  if (child && child.exitCode === null) await once(child, 'exit');
});

describe('the compiled server', () => {
  it('starts from dist-server/main.js, serves the app compressed and syncs a class', async () => {
    const page = await fetch(`${url}/`, { headers: { 'accept-encoding': 'br' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await (await fetch(`${url}/api/v1/health`)).json()).toEqual({ ok: true });
    const json = (path: string, body: unknown, token?: string) =>
      fetch(`${url}/api/v1${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    expect((await json('/accounts', { email: 'start@school.org', password: 'a long password' })).status).toBe(
      201,
    );
    const { token } = (await (
      await json('/sessions', { email: 'start@school.org', password: 'a long password' })
    ).json()) as {
      token: string;
    };
    const hlc = `${new Date(Date.now() - 1000).toISOString()}-0001-00000000000000d1`;
    const pushed = await json(
      '/sync/push',
      { deviceId: 'd', changes: [{ table: 'classes', row: 'k1', field: 'name', value: 'Room 12', hlc }] },
      token,
    );
    expect(pushed.status).toBe(200);
    const pulled = (await (await json('/sync/pull', { deviceId: 'd', cursor: 0 }, token)).json()) as {
      changes: { value: unknown }[];
    };
    expect(pulled.changes.map((c) => c.value)).toEqual(['Room 12']);
  });
});
