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
  // The server as `npm start` runs it: the compiled bundle (`npm run bench` builds it first).
  const child = spawn(process.execPath, ['dist-server/main.js'], {
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
    const base = Date.now() - 120_000;
    let made = 0;
    /** A new conference each time, as a teacher's device pushes one: every field, its class named. */
    const newConference = () => {
      const n = made++;
      const hlc = (i: number) =>
        formatHlc({ millis: base + Math.floor((n * 16 + i) / 0xffff), counter: (n * 16 + i) % 0xffff, node });
      const fields: [string, unknown][] = [
        ['classId', 'load-class'],
        ['studentIds', [`student-${n % 30}`]],
        ['at', new Date(base).toISOString()],
        ['type', null],
        ['lenses', []],
        ['research', ''],
        ['childGoal', ''],
        ['compliment', 'You reread to find the heart'],
        ['teachingPoint', `Stretch the most important moment ${n}`],
        ['tryIt', null],
        ['nextStep', ''],
        ['goalIds', []],
        ['note', `Conference ${n}: rereads, then adds dialogue`],
        ['durationMs', null],
        ['deleted', 0],
      ];
      return fields.map(([field, value], i) => ({
        table: 'conferences',
        row: `load-${n}`,
        field,
        value,
        hlc: hlc(i),
      }));
    };
    await transport.push(token, {
      deviceId: 'load',
      changes: [
        {
          table: 'classes',
          row: 'load-class',
          field: 'name',
          value: 'Room 12',
          hlc: formatHlc({ millis: base - 1000, counter: 0, node }),
        },
      ],
    });
    for (let i = 0; i < 200; i++)
      await transport.push(token, { deviceId: 'load', changes: newConference() as never });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const pull: autocannon.Request = {
      method: 'POST',
      path: '/api/v1/sync/pull',
      headers,
      body: JSON.stringify({ deviceId: 'load', cursor: 0, limit: 100 }),
    };
    const push: autocannon.Request = {
      method: 'POST',
      path: '/api/v1/sync/push',
      headers,
      // Each request a conference the server has never seen: it stores 15 fields and stamps its author.
      setupRequest: (request: autocannon.Request) => ({
        ...request,
        body: JSON.stringify({ deviceId: 'load', changes: newConference() }),
      }),
    };
    const run = (requests: autocannon.Request[]) =>
      autocannon({ url, connections: 16, duration: 8, requests });
    // The ceiling of this machine, HTTP stack and load tool, with no database work at all, in the same run.
    const health = await run([{ method: 'GET', path: '/api/v1/health' }]);
    const pulls = await run([pull]);
    const pushes = await run([push]);
    const mixed = await run([push, pull]);
    const rate = (r: autocannon.Result) => Math.round(r.requests.average);
    const line = (what: string, r: autocannon.Result, goal = true) => {
      const ratio = r.requests.average / health.requests.average;
      const met = ratio >= 0.4 && r.latency.p99 <= 50;
      return `  ${label.padEnd(11)} ${what.padEnd(40)} ${rate(r).toString().padStart(6)} req/s  ${(ratio * 100).toFixed(0).padStart(3)}% of health   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}${goal ? `   goal >= 40% and p99 <= 50 ms: ${met ? 'met' : 'MISSED'}` : ''}`;
    };
    console.log(line('GET /api/v1/health (no database)', health, false));
    console.log(line('pull, 100 changes a page', pulls, false));
    console.log(line('push, a new conference each (15 fields)', pushes, false));
    console.log(line('new pushes and pulls mixed', mixed));
    console.log(`  ${label.padEnd(11)} conferences stored by the load: ${made.toLocaleString('en-US')}`);
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
