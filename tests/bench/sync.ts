// Sync at one teacher's scale and a server's sustained load, over loopback on this machine.
import 'fake-indexeddb/auto';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  openStore,
  pendingCount,
} from '../../src/data/index.ts';
import { formatHlc } from '../../src/protocol/hlc.ts';
import { startServer } from '../../src/server/serve.ts';
import { pullAll, pushAll } from '../../src/sync/engine.ts';
import { HttpTransport } from '../../src/sync/transport.ts';
import { freePort } from '../ports.ts';
import { startPostgres } from '../server/postgres.ts';

async function pushThenPull(): Promise<void> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(join(tmpdir(), 'bench-sync-')),
  });
  try {
    const transport = new HttpTransport(server.url);
    await transport.createAccount('bench@school.org', 'bench password 1');
    const token = await transport.signIn('bench@school.org', 'bench password 1');
    const ipad = openStore('bench-ipad', { nodeId: '00000000000000b1' });
    const laptop = openStore('bench-laptop', { nodeId: '00000000000000b2' });
    const klass = await createClass({ name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' }, ipad);
    const kids = await addStudents(
      klass.id,
      Array.from({ length: 30 }, (_, i) => `Student ${i}`),
      ipad,
    );
    let k = 0;
    while ((await pendingCount(ipad)) < 1000) {
      await logConference(
        {
          ...EMPTY_CONFERENCE,
          classId: klass.id,
          studentIds: [kids[k++ % 30]?.id as string],
          teachingPoint: `point ${k}`,
        },
        ipad,
      );
    }
    const changes = await pendingCount(ipad);
    const started = performance.now();
    await pushAll({ store: ipad, transport, token, deviceId: 'ipad' });
    const pushed = performance.now();
    const { pulled } = await pullAll({ store: laptop, transport, token, deviceId: 'laptop' });
    const done = performance.now();
    console.log(`\nSync over loopback (real HTTP server, SQLite file; clients on fake-indexeddb in Node):`);
    console.log(
      `  push ${changes} changes from one device        ${(pushed - started).toFixed(0).padStart(6)} ms`,
    );
    console.log(
      `  pull and apply them on a second device   ${(done - pushed).toFixed(0).padStart(6)} ms   (${pulled} changes)`,
    );
    console.log(
      `  together                                 ${(done - started).toFixed(0).padStart(6)} ms   goal <= 1000 ms: ${done - started <= 1000 ? 'met' : 'MISSED'}`,
    );
  } finally {
    await server.close();
  }
}

async function serverProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('is running at') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function load(label: string, env: Record<string, string>): Promise<void> {
  const { url, child } = await serverProcess(env);
  try {
    const transport = new HttpTransport(url);
    await transport.createAccount('load@school.org', 'load password 1');
    const token = await transport.signIn('load@school.org', 'load password 1');
    const node = '00000000000000c1';
    const batch = Array.from({ length: 100 }, (_, i) => ({
      table: 'conferences' as const,
      row: `row-${i}`,
      field: 'note',
      value: `note ${i}`,
      hlc: formatHlc({ millis: Date.now() - 60_000, counter: i, node }),
    }));
    await transport.push(token, { deviceId: 'load', changes: batch });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const run = (title: string, body?: unknown) =>
      autocannon({
        url,
        connections: 16,
        duration: 8,
        requests: [
          body === undefined
            ? { method: 'GET', path: title }
            : { method: 'POST', path: title, headers, body: JSON.stringify(body) },
        ],
      });
    // The ceiling of this machine, HTTP stack and load tool, with no database work at all.
    const health = label === 'SQLite' ? await run('/api/v1/health') : null;
    const pulls = await run('/api/v1/sync/pull', { deviceId: 'load', cursor: 0, limit: 100 });
    const pushes = await run('/api/v1/sync/push', { deviceId: 'load', changes: batch.slice(0, 5) });
    const line = (what: string, r: autocannon.Result) =>
      `  ${label.padEnd(11)} ${what.padEnd(34)} ${Math.round(r.requests.average).toString().padStart(6)} req/s   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}   goal >= 2000 req/s, p99 <= 50 ms: ${r.requests.average >= 2000 && r.latency.p99 <= 50 ? 'met' : 'MISSED'}`;
    if (health)
      console.log(
        `  ${'baseline'.padEnd(11)} ${'GET /api/v1/health (no database)'.padEnd(34)} ${Math.round(health.requests.average).toString().padStart(6)} req/s   p99 ${String(health.latency.p99).padStart(4)} ms`,
      );
    console.log(line('pull, 100 changes a page', pulls));
    console.log(line('push, 5 changes a batch', pushes));
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

export async function benchSync(): Promise<void> {
  await pushThenPull();
  console.log(
    '\nSync server under load (one server process, autocannon with 16 connections in the bench process, 2 cores shared, 8 s each):',
  );
  await load('SQLite', { DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-load-')) });
  const postgres = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    await load('PostgreSQL', { DATABASE_URL: postgres.url.replace(/\/postgres$/, '/bench') });
  } finally {
    postgres.stop();
  }
}
