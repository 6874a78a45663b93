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
import { type Figure, report, table } from './table.ts';

async function pushThenPull(run: number): Promise<{ push: number; pull: number; changes: number }> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: mkdtempSync(join(tmpdir(), 'bench-sync-')),
  });
  try {
    const transport = new HttpTransport(server.url);
    await transport.createAccount(`bench-${run}@school.org`, 'bench password 1');
    const token = await transport.signIn(`bench-${run}@school.org`, 'bench password 1');
    const ipad = openStore(`bench-ipad-${run}`, { nodeId: '00000000000000b1' });
    const laptop = openStore(`bench-laptop-${run}`, { nodeId: '00000000000000b2' });
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
    if (pulled < changes) throw new Error(`the second device pulled ${pulled} of ${changes} changes`);
    return { push: pushed - started, pull: done - pushed, changes };
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

const ROUNDS = 3;

/** Loads one server process; answers its push rates, one per round. */
async function load(label: string, env: Record<string, string>): Promise<number[]> {
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
    const run = (requests: autocannon.Request[], duration = 4) =>
      autocannon({ url, connections: 16, duration, requests });
    await run([push, pull], 2); // warm-up: the JIT, the statement caches, the pool
    // Each round measures the ceiling of this machine (HTTP stack and load tool, no database) and the
    // sync calls right after it, so the share of health is taken in the same round.
    const rounds: Record<'health' | 'pull' | 'push' | 'mixed', autocannon.Result>[] = [];
    for (let round = 0; round < ROUNDS; round++)
      rounds.push({
        health: await run([{ method: 'GET', path: '/api/v1/health' }]),
        pull: await run([pull]),
        push: await run([push]),
        mixed: await run([push, pull]),
      });
    const rate = (r: autocannon.Result) => r.requests.average;
    const figures: Figure[] = [
      {
        what: `${label}: GET /api/v1/health (no database)`,
        unit: 'req/s',
        samples: rounds.map((r) => rate(r.health)),
      },
      { what: `${label}: pull, 100 changes a page`, unit: 'req/s', samples: rounds.map((r) => rate(r.pull)) },
      {
        what: `${label}: push, a new conference each (15 fields)`,
        unit: 'req/s',
        samples: rounds.map((r) => rate(r.push)),
      },
      {
        what: `${label}: new pushes and pulls mixed`,
        unit: 'req/s',
        samples: rounds.map((r) => rate(r.mixed)),
      },
      {
        what: `${label}: mixed, share of health in the same round`,
        unit: '% of health',
        samples: rounds.map((r) => (100 * rate(r.mixed)) / rate(r.health)),
      },
      {
        what: `${label}: mixed, p99 latency`,
        unit: 'ms',
        samples: rounds.map((r) => r.mixed.latency.p99),
        goal: { on: 'median', atMost: 50 },
      },
    ];
    for (const figure of figures) report(figure);
    const errors = rounds.reduce(
      (sum, r) => sum + Object.values(r).reduce((n, x) => n + x.errors + x.non2xx, 0),
      0,
    );
    console.log(
      `\n${label}: ${ROUNDS} rounds of 4 s each after a warm-up; ${made.toLocaleString('en-US')} conferences stored; ${errors} errors\n`,
    );
    console.log(table(figures));
    return rounds.map((r) => rate(r.push));
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}

export async function benchSync(): Promise<void> {
  await pushThenPull(0); // warm-up
  const runs: { push: number; pull: number; changes: number }[] = [];
  for (let run = 1; run <= 3; run++) runs.push(await pushThenPull(run));
  const changes = runs[0]?.changes ?? 0;
  const figures: Figure[] = [
    {
      what: `sync in Node (fake-indexeddb clients, real server on SQLite): push ${changes} changes and pull them on a second device`,
      unit: 'ms',
      samples: runs.map((r) => r.push + r.pull),
    },
  ];
  for (const figure of figures) report(figure);
  console.log('\nSync over loopback, clients in Node:\n');
  console.log(table(figures));
  console.log(
    '\nSync server under load (one server process, autocannon with 16 connections in the bench process, 2 cores shared):',
  );
  const sqlite = await load('SQLite', { DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-load-')) });
  const postgres = await startPostgres();
  try {
    const admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const onPostgres = await load('PostgreSQL', {
      DATABASE_URL: postgres.url.replace(/\/postgres$/, '/bench'),
    });
    // The same pushes on both databases in one run: how much slower PostgreSQL's push is than SQLite's.
    report({
      what: 'push rate, SQLite ÷ PostgreSQL (the same pushes, one server process each, same run)',
      unit: 'x',
      samples: sqlite.map((rate, i) => rate / (onPostgres[i] ?? Number.NaN)),
      goal: { on: 'median', atMost: 1.3 },
    });
  } finally {
    postgres.stop();
  }
}
