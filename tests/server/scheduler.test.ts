// @vitest-environment jsdom
// When the app syncs: signed out, never; online, at once and after writes; offline, never (changes wait);
// after a failure, with backoff; with a dead token, not again until she signs in. Real engine, real
// server handler, real IndexedDB (fake-indexeddb); only the network is a counting wrapper.
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  setSetting,
} from '../../src/data/index.ts';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../src/protocol/types.ts';
import { SyncScheduler, type SyncState } from '../../src/sync/scheduler.ts';
import { SyncHttpError, UnreachableError } from '../../src/sync/transport.ts';
import { type Device, makeDevices, PassThroughTransport, useInProcessServer } from './syncHarness.ts';

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

function until(scheduler: SyncScheduler, test: (state: SyncState) => boolean, ms = 8000): Promise<SyncState> {
  return new Promise((resolve, reject) => {
    if (test(scheduler.status.get())) return resolve(scheduler.status.get());
    const timer = setTimeout(
      () => reject(new Error(`status stayed ${JSON.stringify(scheduler.status.get())}`)),
      ms,
    );
    const stop = scheduler.status.subscribe((state) => {
      if (!test(state)) return;
      clearTimeout(timer);
      stop();
      resolve(state);
    });
  });
}

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { value: online, configurable: true });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('the sync scheduler', () => {
  it('syncs when signed in and online, waits offline, backs off after failures, stops on a dead token', async () => {
    const counting = new CountingTransport(server().transport);
    const [device] = (await makeDevices(counting, 1)) as [Device];
    const scheduler = new SyncScheduler(device.store, () => counting);
    await setSetting('syncToken', null);
    scheduler.start();
    try {
      await until(scheduler, (s) => s.kind === 'signed-out');

      await setSetting('syncServer', 'http://sync.test');
      await setSetting('syncToken', device.token);
      scheduler.now();
      await until(scheduler, (s) => s.kind === 'synced' && s.waiting === 0);

      // A write is pushed shortly after, by itself.
      const klass = await createClass(
        { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
        device.store,
      );
      const [ana] = await addStudents(klass.id, ['Ana'], device.store);
      const before = counting.pushes;
      await until(scheduler, (s) => s.kind === 'synced' && s.waiting === 0 && counting.pushes > before);

      // Offline: nothing is sent, the change waits and says so.
      setOnline(false);
      await until(scheduler, (s) => s.kind === 'offline');
      const offlinePushes = counting.pushes;
      await logConference(
        { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'offline' },
        device.store,
      );
      await until(scheduler, (s) => s.kind === 'offline' && s.waiting > 0);
      await new Promise((r) => setTimeout(r, 2500));
      expect(counting.pushes).toBe(offlinePushes);

      // Back online: it syncs at once.
      setOnline(true);
      await until(scheduler, (s) => s.kind === 'synced' && s.waiting === 0);
      expect(counting.pushes).toBe(offlinePushes + 1);

      // The server cannot be reached: an error with the reason, then a pause before trying again.
      counting.fail = new UnreachableError(new Error('connection refused'));
      scheduler.now();
      const failed = await until(scheduler, (s) => s.kind === 'error');
      expect(failed.kind === 'error' && failed.reason).toMatch(/cannot be reached; your notes are safe/);
      counting.fail = null;
      await logConference(
        { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'during backoff' },
        device.store,
      );
      await new Promise((r) => setTimeout(r, 3000));
      expect(scheduler.status.get().kind).toBe('error');
      await until(scheduler, (s) => s.kind === 'synced' && s.waiting === 0, 10_000);

      // A dead token: say so, and do not retry.
      counting.fail = new SyncHttpError(401, 'Your sign-in has expired.');
      scheduler.now();
      const expired = await until(scheduler, (s) => s.kind === 'error');
      expect(expired.kind === 'error' && expired.reason).toMatch(/sign in again/);
      counting.fail = null;
      await new Promise((r) => setTimeout(r, 6000));
      expect(scheduler.status.get().kind).toBe('error');
    } finally {
      scheduler.stop();
    }
  }, 60_000);
});
