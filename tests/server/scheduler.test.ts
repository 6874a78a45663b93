// @vitest-environment jsdom
// When the app syncs: signed out, never; online, at once and after writes; offline, never (changes wait);
// after a failure, with backoff; with a dead token, not again until she signs in. Real engine, real
// server handler, real IndexedDB (fake-indexeddb); only the network is a counting wrapper.
import { describe, expect, it } from 'vitest';
import { addStudents, createClass, EMPTY_CONFERENCE, logConference } from '../../src/data/index.ts';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../src/protocol/types.ts';
import type { SyncAccount } from '../../src/sync/account.ts';
import { SyncClient } from '../../src/sync/client.ts';
import type { SyncScheduler, SyncState, Timers } from '../../src/sync/scheduler.ts';
import { SyncHttpError, UnreachableError } from '../../src/sync/transport.ts';
import {
  type Device,
  makeDevices,
  PASSWORD,
  PassThroughTransport,
  useInProcessServer,
} from './syncHarness.ts';

const server = useInProcessServer();

class CountingTransport extends PassThroughTransport {
  pushes = 0;
  fail: Error | null = null;
  override async push(token: string, request: PushRequest): Promise<PushResponse> {
    if (this.fail) throw this.fail;
    this.pushes += 1;
    return this.real.push(token, request);
  }
  override async pull(token: string, request: PullRequest): Promise<PullResponse> {
    if (this.fail) throw this.fail;
    return this.real.pull(token, request);
  }
}

/**
 * The scheduler's clock, moved by the test: a 5 s backoff passes when the test says so, and at once. Only
 * the scheduler's timers are the test's; IndexedDB and the server run as they do.
 */
class TestClock implements Timers {
  private now = 0;
  private seq = 0;
  private readonly due = new Map<number, { at: number; run: () => void; every?: number }>();
  setTimeout = (run: () => void, ms: number) => this.add(run, ms);
  setInterval = (run: () => void, ms: number) => this.add(run, ms, ms);
  clearTimeout = (handle: unknown) => void this.due.delete(handle as number);
  clearInterval = (handle: unknown) => void this.due.delete(handle as number);

  private add(run: () => void, ms: number, every?: number): number {
    const id = ++this.seq;
    this.due.set(id, { at: this.now + ms, run, every });
    return id;
  }

  /** Moves the clock on by `ms`, running in order what falls due, each given a turn to start its work. */
  async pass(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const [id, task] =
        [...this.due].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !task) break;
      this.now = task.at;
      if (task.every) task.at += task.every;
      else this.due.delete(id);
      task.run();
      await turn();
    }
    this.now = end;
    await turn();
  }
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Waits for the scheduler's status to pass `test`, running what is due now on its clock meanwhile. The
 * wall-clock bound only ends a test that would otherwise hang.
 */
async function until(
  scheduler: SyncScheduler,
  clock: TestClock,
  test: (state: SyncState) => boolean,
): Promise<SyncState> {
  const bound = Date.now() + 10_000;
  while (!test(scheduler.status.get())) {
    if (Date.now() > bound) throw new Error(`status stayed ${JSON.stringify(scheduler.status.get())}`);
    await clock.pass(0);
  }
  return scheduler.status.get();
}

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Counts the listeners the scheduler adds to window and document, and those it removes. */
function countListeners() {
  const added = new Set<string>();
  const targets = [window, document] as const;
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((target, i) => {
    const [add, remove] = originals[i] as (typeof originals)[number];
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: unknown,
      options?: unknown,
    ) {
      added.add(`${i}:${type}:${String(listener)}`);
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    };
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: unknown,
      options?: unknown,
    ) {
      added.delete(`${i}:${type}:${String(listener)}`);
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    };
  });
  return {
    open: () => added.size,
    restore: () =>
      targets.forEach((target, i) => {
        const [add, remove] = originals[i] as (typeof originals)[number];
        target.addEventListener = add;
        target.removeEventListener = remove;
      }),
  };
}

describe('the sync client and its scheduler', () => {
  it('syncs when signed in and online, waits offline, backs off after failures, stops on a dead token', async () => {
    const counting = new CountingTransport(server().transport);
    const clock = new TestClock();
    const [device] = (await makeDevices(counting, 1)) as [Device];
    let account: SyncAccount = { server: null, email: null, token: null };
    const client = new SyncClient(
      device.store,
      () => counting,
      async () => account,
      async (next) => {
        account = next;
      },
      clock,
    );
    const scheduler = client.scheduler;
    const listeners = countListeners();
    try {
      await client.resume();
      await until(scheduler, clock, (s) => s.kind === 'signed-out');
      expect(listeners.open()).toBe(0);

      await client.signIn('http://sync.test/', device.email, PASSWORD);
      expect(account).toMatchObject({ server: 'http://sync.test', email: device.email });
      await until(scheduler, clock, (s) => s.kind === 'synced' && s.waiting === 0);
      expect(listeners.open()).toBe(4);

      // A write is pushed shortly after, by itself.
      const klass = await createClass(
        { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
        device.store,
      );
      const [ana] = await addStudents(klass.id, ['Ana'], device.store);
      const before = counting.pushes;
      await clock.pass(2000);
      await until(
        scheduler,
        clock,
        (s) => s.kind === 'synced' && s.waiting === 0 && counting.pushes > before,
      );

      // Offline: nothing is sent, the change waits and says so.
      setOnline(false);
      await until(scheduler, clock, (s) => s.kind === 'offline');
      const offlinePushes = counting.pushes;
      await logConference(
        { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'offline' },
        device.store,
      );
      await until(scheduler, clock, (s) => s.kind === 'offline' && s.waiting > 0);
      await clock.pass(2500);
      expect(counting.pushes).toBe(offlinePushes);

      // Back online: it syncs at once.
      setOnline(true);
      await until(scheduler, clock, (s) => s.kind === 'synced' && s.waiting === 0);
      expect(counting.pushes).toBe(offlinePushes + 1);

      // The server cannot be reached: an error with the reason, then a pause before trying again.
      counting.fail = new UnreachableError(new Error('connection refused'));
      client.now();
      const failed = await until(scheduler, clock, (s) => s.kind === 'error');
      expect(failed.kind === 'error' && failed.reason).toMatch(/cannot be reached; your notes are safe/);
      counting.fail = null;
      await logConference(
        { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'during backoff' },
        device.store,
      );
      await clock.pass(3000);
      expect(scheduler.status.get().kind).toBe('error');
      await clock.pass(2000);
      await until(scheduler, clock, (s) => s.kind === 'synced' && s.waiting === 0);

      // A dead token: say so, and do not retry.
      counting.fail = new SyncHttpError(401, 'Your sign-in has expired.');
      client.now();
      const expired = await until(scheduler, clock, (s) => s.kind === 'error');
      expect(expired.kind === 'error' && expired.reason).toMatch(/sign in again/);
      expect(expired.kind === 'error' && expired.signInAgain).toBe(true);
      counting.fail = null;
      const pushesAfter401 = counting.pushes;
      await clock.pass(6000);
      expect(scheduler.status.get().kind).toBe('error');
      expect(counting.pushes).toBe(pushesAfter401);

      // Signing out forgets the token, stops the scheduler and removes every listener it added.
      await client.signOut();
      expect(account.token).toBeNull();
      await until(scheduler, clock, (s) => s.kind === 'signed-out');
      expect(listeners.open()).toBe(0);
      await logConference(
        { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'signed out' },
        device.store,
      );
      await clock.pass(3000);
      expect(counting.pushes).toBe(pushesAfter401);
    } finally {
      scheduler.stop();
      listeners.restore();
    }
  });

  it('signed out while a sync is on the wire: the status says signed out, not synced', async () => {
    const slow = new (class extends CountingTransport {
      release: () => void = () => undefined;
      held = false;
      // The server has answered; the answer is still on its way back when she signs out.
      override async pull(token: string, request: PullRequest): Promise<PullResponse> {
        const answer = await super.pull(token, request);
        if (this.held) {
          this.held = false;
          await new Promise<void>((resolve) => {
            this.release = resolve;
          });
        }
        return answer;
      }
    })(server().transport);
    const clock = new TestClock();
    const [device] = (await makeDevices(slow, 1)) as [Device];
    let account: SyncAccount = { server: null, email: null, token: null };
    const client = new SyncClient(
      device.store,
      () => slow,
      async () => account,
      async (next) => {
        account = next;
      },
      clock,
    );
    try {
      await client.signIn('http://sync.test/', device.email, PASSWORD);
      await until(client.scheduler, clock, (s) => s.kind === 'synced');
      slow.held = true;
      client.now();
      await until(client.scheduler, clock, (s) => s.kind === 'syncing');
      await client.signOut();
      slow.release();
      await clock.pass(2000);
      await turn();
      expect(client.scheduler.status.get().kind).toBe('signed-out');
    } finally {
      client.scheduler.stop();
    }
  });
});
