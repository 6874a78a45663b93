// `npm run bench:district`: a district on one PostgreSQL. Starts its own PostgreSQL and two server
// processes (the compiled server, as `npm start` runs it), makes TEACHERS accounts through the real API, and
// runs each teacher as the app's sync client would for MINUTES on loopback: one to six classes each (25
// children), one class in five shared with a co-teacher, a conference every two minutes of a 6-hour school
// day (time compressed SPEED times), a sync after each (pull, push, pull again for the server's stamps),
// pulls every 30 s and on focus, and one conference in ten uploading a 1 MB recording first. Requests go to
// either process at random, as behind a load balancer. Prints requests per second by kind, latencies, the
// servers' CPU per teacher-hour, the database's growth per teacher-day, and checks at the end that every
// acknowledged change and uploaded file is there exactly once. Stops everything it started.
//
//   TEACHERS=1000 MINUTES=5 SPEED=4 npm run bench:district
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { formatHlc } from '../../src/protocol/hlc.ts';
import { freePort } from '../ports.ts';
import { startPostgres } from '../server/postgres.ts';
import { type Figure, machine, percentile, table } from './table.ts';

const TEACHERS = Number(process.env.TEACHERS ?? 1000);
const RUN_MS = Number(process.env.MINUTES ?? 5) * 60_000;
/** Simulated seconds per real second. */
const SPEED = Number(process.env.SPEED ?? 4);
const CONFERENCE_EVERY_S = 120;
const PULL_EVERY_S = 30;
const FOCUS_EVERY_S = 300;
const RECORDING_BYTES = 1024 * 1024;
const STUDENTS = 25;
const PASSWORD = 'district bench password';

type Kind = 'push' | 'pull' | 'blob upload' | 'setup';
const latencies: Record<Kind, number[]> = { push: [], pull: [], 'blob upload': [], setup: [] };
let failures = 0;
let measuring = false;

interface Server {
  url: string;
  child: ChildProcess;
}

async function startProcess(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist-server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG: 'off',
      DATABASE_URL: databaseUrl,
      ACCOUNTS_PER_HOUR: String(TEACHERS * 2),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('is running at') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

let servers: Server[] = [];
const anyServer = () => (servers[Math.floor(Math.random() * servers.length)] as Server).url;

async function request(
  kind: Kind,
  method: string,
  path: string,
  token: string | null,
  body?: unknown,
  bytes?: Uint8Array,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  if (bytes) headers['content-type'] = 'audio/mp4';
  else if (body !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  const response = await fetch(`${anyServer()}${path}`, {
    method,
    headers,
    body: bytes ? new Blob([new Uint8Array(bytes)]) : body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (measuring) latencies[kind].push(performance.now() - started);
  if (response.status >= 400) {
    failures += 1;
    throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  }
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

interface Change {
  table: string;
  row: string;
  field: string;
  value: unknown;
  hlc: string;
}

class Teacher {
  token = '';
  cursor: string | number = 0;
  classes: string[] = [];
  students = new Map<string, string[]>();
  /** Classes shared with her by another teacher, where she logs too. */
  coTaught: string[] = [];
  private counter = 0;
  private last = 0;
  private made = 0;
  busy = false;
  readonly node: string;

  constructor(readonly n: number) {
    this.node = n.toString(16).padStart(16, '0');
  }

  get email() {
    return `teacher-${this.n}@district.test`;
  }

  hlc(): string {
    const now = Date.now();
    this.counter = now > this.last ? 0 : this.counter + 1;
    this.last = Math.max(now, this.last);
    return formatHlc({ millis: this.last, counter: this.counter, node: this.node });
  }

  record(table: string, row: string, fields: Record<string, unknown>): Change[] {
    return Object.entries(fields).map(([field, value]) => ({ table, row, field, value, hlc: this.hlc() }));
  }

  async push(changes: Change[]): Promise<void> {
    await request('push', 'POST', '/api/v1/sync/push', this.token, { deviceId: `ipad-${this.n}`, changes });
  }

  async pullAll(): Promise<Change[]> {
    const pulled: Change[] = [];
    for (let pages = 0; pages < 10_000; pages++) {
      const { json } = await request('pull', 'POST', '/api/v1/sync/pull', this.token, {
        deviceId: `ipad-${this.n}`,
        cursor: this.cursor,
        limit: 500,
      });
      pulled.push(...(json.changes as Change[]));
      this.cursor = json.cursor as string;
      if (!json.hasMore) return pulled;
    }
    throw new Error('a pull never ended');
  }

  /** One conference as the app logs and syncs it: the recording's bytes first, then pull, push, pull. */
  async confer(ledger: Ledger): Promise<void> {
    const own = this.classes.length + this.coTaught.length;
    const pick = Math.floor(Math.random() * own);
    const classId = (
      pick < this.classes.length ? this.classes[pick] : this.coTaught[pick - this.classes.length]
    ) as string;
    const kids = this.students.get(classId) ?? [];
    const row = `conf-${this.n}-${this.made++}`;
    const changes = this.record('conferences', row, {
      classId,
      studentIds: [kids[Math.floor(Math.random() * kids.length)] ?? 'nobody'],
      at: new Date().toISOString(),
      type: 'content',
      lenses: ['structure'],
      research: 'Says she is done; the middle jumps from the bus to the beach',
      childGoal: 'Make it longer',
      compliment: 'You reread to find the heart of your story',
      teachingPoint: 'Writers stretch the most important moment across pages',
      tryIt: 'with support',
      nextStep: 'Check the next page for a stretched moment',
      goalIds: [],
      note: `Conference ${row}: rereads, then adds dialogue`,
      durationMs: 360_000,
      deleted: 0,
    });
    let sha: string | null = null;
    if (Math.random() < 0.1) {
      const bytes = randomBytes(RECORDING_BYTES);
      sha = createHash('sha256').update(bytes).digest('hex');
      await request('blob upload', 'PUT', `/api/v1/blobs/${sha}`, this.token, undefined, bytes);
      changes.push(
        ...this.record('attachments', `rec-${row}`, {
          conferenceId: row,
          kind: 'audio',
          mime: 'audio/mp4',
          size: RECORDING_BYTES,
          sha256: sha,
          durationMs: 300_000,
          deleted: 0,
        }),
      );
    }
    await this.pullAll();
    await this.push(changes);
    ledger.conferences.set(row, classId);
    if (sha) ledger.blobs.set(sha, { owner: this, classId });
    await this.pullAll();
  }
}

interface Ledger {
  /** Every acknowledged conference, with its class. */
  conferences: Map<string, string>;
  /** Every uploaded recording, with who uploaded it and the class of its conference. */
  blobs: Map<string, { owner: Teacher; classId: string }>;
  /** Who may read each class. */
  readers: Map<string, Teacher[]>;
}

/** Runs `work` over the items with at most `width` at a time. */
async function pool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

async function setUp(teachers: Teacher[], ledger: Ledger): Promise<void> {
  await pool(teachers, 16, async (t) => {
    await request('setup', 'POST', '/api/v1/accounts', null, { email: t.email, password: PASSWORD });
    const { json } = await request('setup', 'POST', '/api/v1/sessions', null, {
      email: t.email,
      password: PASSWORD,
      deviceName: `iPad ${t.n}`,
    });
    t.token = json.token as string;
    const classes = 1 + Math.floor(Math.random() * 6);
    const changes: Change[] = [];
    for (let c = 0; c < classes; c++) {
      const classId = `class-${t.n}-${c}`;
      t.classes.push(classId);
      ledger.readers.set(classId, [t]);
      changes.push(
        ...t.record('classes', classId, {
          name: `Room ${t.n}.${c}`,
          gradeBand: c % 2 ? 'K-2' : '3-8',
          schoolYear: '2026-2027',
          archived: 0,
          position: c,
          deleted: 0,
        }),
      );
      const kids: string[] = [];
      for (let s = 0; s < STUDENTS; s++) {
        const id = `student-${t.n}-${c}-${s}`;
        kids.push(id);
        changes.push(
          ...t.record('students', id, { classId, name: `Child ${s}`, archived: 0, position: s, deleted: 0 }),
        );
      }
      t.students.set(classId, kids);
    }
    await t.push(changes);
  });
  // One class in five shared with a co-teacher: the owner makes an invitation, the other enters its code.
  const classes = teachers.flatMap((t) => t.classes.map((classId) => ({ owner: t, classId })));
  const shared = classes.filter((_, i) => i % 5 === 0);
  await pool(shared, 16, async ({ owner, classId }) => {
    const co = teachers[
      (owner.n + 1 + Math.floor(Math.random() * (teachers.length - 1))) % teachers.length
    ] as Teacher;
    const { json } = await request('setup', 'POST', `/api/v1/classes/${classId}/members`, owner.token, {
      role: 'coteacher',
    });
    await request('setup', 'POST', '/api/v1/invitations/accept', co.token, { code: json.code });
    co.coTaught.push(classId);
    co.students.set(classId, owner.students.get(classId) ?? []);
    ledger.readers.get(classId)?.push(co);
  });
  await pool(teachers, 16, async (t) => void (await t.pullAll()));
}

/** CPU seconds used so far by these processes (and, for PostgreSQL, every backend of its postmaster). */
function cpuSeconds(pids: readonly number[], postmaster: number | null): number {
  const ticks = 100;
  const stat = (pid: number) => {
    try {
      const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      // utime and stime; with cutime and cstime, the CPU of children that have exited (PostgreSQL's
      // backends come and go with the servers' connection pools).
      const own = Number(fields[11]) + Number(fields[12]);
      const children = Number(fields[13]) + Number(fields[14]);
      return { ppid: Number(fields[1]), cpu: own / ticks, withChildren: (own + children) / ticks };
    } catch {
      return null;
    }
  };
  let total = 0;
  for (const pid of pids) total += stat(pid)?.cpu ?? 0;
  if (postmaster !== null)
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      const s = stat(pid);
      if (s && pid === postmaster) total += s.withChildren;
      else if (s && s.ppid === postmaster) total += s.cpu;
    }
  return total;
}

async function main(): Promise<void> {
  const postgres = await startPostgres();
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  await admin.query('CREATE DATABASE district');
  const databaseUrl = postgres.url.replace(/\/postgres$/, '/district');
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    // The first process runs the migrations; the second starts on the migrated database.
    servers = [await startProcess(databaseUrl)];
    servers.push(await startProcess(databaseUrl));
    await db.connect();
    const backend = Number((await admin.query('select pg_backend_pid() as pid')).rows[0].pid);
    const postmaster = Number(readFileSync(`/proc/${backend}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);

    const teachers = Array.from({ length: TEACHERS }, (_, n) => new Teacher(n));
    const ledger: Ledger = { conferences: new Map(), blobs: new Map(), readers: new Map() };
    const setupStarted = performance.now();
    await setUp(teachers, ledger);
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    console.log(
      `${TEACHERS} teachers signed up, ${[...ledger.readers.keys()].length} classes made, one in five shared, in ${setupSeconds.toFixed(0)} s`,
    );

    const size = async () =>
      Number((await db.query('select pg_database_size(current_database()) as n')).rows[0].n);
    const sizeBefore = await size();
    const serverPids = servers.map((s) => s.child.pid as number);
    const cpuBefore = { servers: cpuSeconds(serverPids, null), postgres: cpuSeconds([], postmaster) };
    measuring = true;
    const started = performance.now();
    const deadline = started + RUN_MS;
    const counts: Record<string, number> = { conference: 0, 'timer pull': 0, 'focus pull': 0 };
    // Each teacher is one device: one sync at a time, as the app runs them.
    const act = async (t: Teacher, what: 'conference' | 'timer pull' | 'focus pull') => {
      if (t.busy || performance.now() > deadline) return;
      t.busy = true;
      try {
        if (what === 'conference') await t.confer(ledger);
        else await t.pullAll();
        counts[what] = (counts[what] ?? 0) + 1;
      } catch (error) {
        console.error(String(error));
      } finally {
        t.busy = false;
      }
    };
    const every = (seconds: number) => ((seconds * 1000) / SPEED) * (0.5 + Math.random());
    const timers: NodeJS.Timeout[] = [];
    const schedule = (t: Teacher, what: 'conference' | 'timer pull' | 'focus pull', seconds: number) => {
      const tick = () => {
        if (performance.now() > deadline) return;
        void act(t, what);
        timers.push(setTimeout(tick, every(seconds)));
      };
      timers.push(setTimeout(tick, every(seconds)));
    };
    for (const t of teachers) {
      schedule(t, 'conference', CONFERENCE_EVERY_S);
      schedule(t, 'timer pull', PULL_EVERY_S);
      schedule(t, 'focus pull', FOCUS_EVERY_S);
    }
    await new Promise((resolve) => setTimeout(resolve, RUN_MS));
    for (const timer of timers) clearTimeout(timer);
    while (teachers.some((t) => t.busy)) await new Promise((resolve) => setTimeout(resolve, 50));
    const seconds = (performance.now() - started) / 1000;
    measuring = false;
    const cpuAfter = { servers: cpuSeconds(serverPids, null), postgres: cpuSeconds([], postmaster) };
    const sizeAfter = await size();
    const blobBytes = Number((await db.query("select pg_total_relation_size('blob_data') as n")).rows[0].n);

    // Accounting: each teacher's full pull holds every conference of every class she reads, once, and
    // nothing else of the district; every uploaded file is served to its owner and the class's readers.
    let lost = 0;
    let duplicated = 0;
    let leaked = 0;
    await pool(teachers, 16, async (t) => {
      t.cursor = 0;
      const rows = await t.pullAll();
      const fields = new Set<string>();
      for (const c of rows) {
        const key = `${c.table}/${c.row}/${c.field}`;
        if (fields.has(key)) duplicated += 1;
        fields.add(key);
      }
      const readable = new Set([...t.classes, ...t.coTaught]);
      const held = new Set(rows.filter((c) => c.table === 'conferences').map((c) => c.row));
      for (const [row, classId] of ledger.conferences)
        if (readable.has(classId) && !held.has(row)) lost += 1;
        else if (!readable.has(classId) && held.has(row)) leaked += 1;
    });
    await pool([...ledger.blobs], 8, async ([sha, { classId }]) => {
      for (const reader of ledger.readers.get(classId) ?? []) {
        const response = await fetch(`${anyServer()}/api/v1/blobs/${sha}`, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${reader.token}` },
        });
        if (response.status !== 200 || Number(response.headers.get('content-length')) !== RECORDING_BYTES)
          lost += 1;
      }
    });
    const stored = (await db.query("select count(*) as n from row_homes where tbl = 'conferences'")).rows[0]
      .n;
    const blobRows = (await db.query('select count(*) as n from blobs')).rows[0].n;
    if (Number(stored) !== ledger.conferences.size)
      duplicated += Math.abs(Number(stored) - ledger.conferences.size);
    if (Number(blobRows) !== ledger.blobs.size) duplicated += Math.abs(Number(blobRows) - ledger.blobs.size);

    const simulatedHours = (seconds * SPEED) / 3600;
    const teacherHours = TEACHERS * simulatedHours;
    const teacherDays = teacherHours / 6;
    const rate = (n: number) => n / seconds;
    const figures: Figure[] = [
      { what: 'push, p50', unit: 'ms', samples: [percentile(latencies.push, 50)] },
      { what: 'push, p95', unit: 'ms', samples: [percentile(latencies.push, 95)] },
      {
        what: 'push, p99',
        unit: 'ms',
        samples: [percentile(latencies.push, 99)],
        goal: { on: 'median', atMost: 250 },
      },
      { what: 'pull, p50', unit: 'ms', samples: [percentile(latencies.pull, 50)] },
      { what: 'pull, p95', unit: 'ms', samples: [percentile(latencies.pull, 95)] },
      {
        what: 'pull, p99',
        unit: 'ms',
        samples: [percentile(latencies.pull, 99)],
        goal: { on: 'median', atMost: 250 },
      },
      { what: 'blob upload (1 MB), p50', unit: 'ms', samples: [percentile(latencies['blob upload'], 50)] },
      { what: 'blob upload (1 MB), p95', unit: 'ms', samples: [percentile(latencies['blob upload'], 95)] },
      { what: 'blob upload (1 MB), p99', unit: 'ms', samples: [percentile(latencies['blob upload'], 99)] },
      { what: 'pushes', unit: 'req/s', samples: [rate(latencies.push.length)] },
      { what: 'pulls', unit: 'req/s', samples: [rate(latencies.pull.length)] },
      { what: 'blob uploads', unit: 'req/s', samples: [rate(latencies['blob upload'].length)] },
    ];
    const cpu = {
      servers: cpuAfter.servers - cpuBefore.servers,
      postgres: cpuAfter.postgres - cpuBefore.postgres,
    };
    console.log(
      `\nA district on one PostgreSQL (${machine()}): ${TEACHERS} teachers, two server processes, ${seconds.toFixed(0)} s at ${SPEED}x (${simulatedHours.toFixed(2)} school hours each; ${counts.conference} conferences, ${counts['timer pull']} timer pulls, ${counts['focus pull']} focus pulls, ${ledger.blobs.size} recordings)\n`,
    );
    console.log(table(figures));
    console.log(`
server CPU per teacher-hour: ${((1000 * cpu.servers) / teacherHours).toFixed(1)} ms in the two server processes, ${((1000 * cpu.postgres) / teacherHours).toFixed(1)} ms in PostgreSQL (${cpu.servers.toFixed(1)} s and ${cpu.postgres.toFixed(1)} s over the run, of ${(2 * seconds).toFixed(0)} core-seconds; the load generator shares the cores)
database growth per teacher-day: ${((sizeAfter - sizeBefore) / teacherDays / 1024 ** 2).toFixed(2)} MB (${((sizeAfter - sizeBefore) / 1024 ** 2).toFixed(0)} MB over ${teacherDays.toFixed(0)} teacher-days; recordings' bytes in blob_data: ${(blobBytes / 1024 ** 2).toFixed(0)} MB in all)
accounted for: ${ledger.conferences.size} conferences and ${ledger.blobs.size} recordings acknowledged; ${lost} lost, ${duplicated} duplicated, ${leaked} seen outside their class; ${failures} requests failed`);
    if (lost + duplicated + leaked > 0) process.exitCode = 1;
  } finally {
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await once(s.child, 'exit').catch(() => undefined);
    }
    await db.end().catch(() => undefined);
    await admin.end().catch(() => undefined);
    postgres.stop();
  }
}

await main();
