// Sync through failures: the server dies in the middle of a push or a pull, then comes back. The client
// resumes and ends converged, nothing lost, nothing duplicated.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  conferencesOfClass,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  pendingChanges,
} from '../../src/data/index.ts';
import { syncCursor } from '../../src/data/syncDoor.ts';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../src/protocol/types.ts';
import { startServer } from '../../src/server/serve.ts';
import { PUSH_BATCH, syncOnce } from '../../src/sync/engine.ts';
import { HttpTransport, UnreachableError } from '../../src/sync/transport.ts';
import {
  type Device,
  makeDevices,
  PassThroughTransport,
  snapshot,
  useInProcessServer,
} from './syncHarness.ts';

const server = useInProcessServer();

/** Passes calls to the real server, failing the ones chosen: before the server sees them or after. */
class FaultyTransport extends PassThroughTransport {
  failPushAfterStore = 0;
  failPullAfterPages = Number.POSITIVE_INFINITY;
  pulls = 0;
  override async push(token: string, request: PushRequest): Promise<PushResponse> {
    const answer = await this.real.push(token, request);
    if (this.failPushAfterStore > 0) {
      this.failPushAfterStore -= 1;
      throw new UnreachableError(new Error('connection reset after the server stored the batch'));
    }
    return answer;
  }
  override async pull(token: string, request: PullRequest): Promise<PullResponse> {
    if (this.pulls >= this.failPullAfterPages) throw new UnreachableError(new Error('server went away'));
    this.pulls += 1;
    return this.real.pull(token, request);
  }
}

async function classWithNotes(device: Device, notes: number) {
  const klass = await createClass(
    { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
    device.store,
  );
  const [ana] = await addStudents(klass.id, ['Ana'], device.store);
  for (let i = 0; i < notes; i++) {
    await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: `note ${i}` },
      device.store,
    );
  }
  return klass;
}

describe('sync through failures', () => {
  it('a push whose answer is lost is pushed again, and stored once', async () => {
    const faulty = new FaultyTransport(server().transport);
    const [ipad, laptop] = (await makeDevices(faulty, 2)) as [Device, Device];
    const klass = await classWithNotes(ipad, 3);
    faulty.failPushAfterStore = 1;
    await expect(syncOnce(ipad)).rejects.toBeInstanceOf(UnreachableError);
    expect((await pendingChanges(ipad.store)).length).toBeGreaterThan(0);
    await syncOnce(ipad);
    expect(await pendingChanges(ipad.store)).toEqual([]);
    await syncOnce(laptop);
    expect(await snapshot(laptop)).toEqual(await snapshot(ipad));
    expect(await conferencesOfClass(klass.id, laptop.store)).toHaveLength(3);
  });

  it('a pull cut off between pages resumes from the saved cursor', async () => {
    const faulty = new FaultyTransport(server().transport);
    const [ipad, laptop] = (await makeDevices(faulty, 2)) as [Device, Device];
    // Enough changes for several pull pages (500 a page).
    const klass = await classWithNotes(ipad, Math.ceil((PUSH_BATCH * 2) / 15));
    await syncOnce(ipad);
    faulty.pulls = 0;
    faulty.failPullAfterPages = 1;
    await expect(syncOnce(laptop)).rejects.toBeInstanceOf(UnreachableError);
    const halfway = await syncCursor(laptop.store);
    expect(halfway).not.toBe('0');
    faulty.failPullAfterPages = Number.POSITIVE_INFINITY;
    await syncOnce(laptop);
    expect(await snapshot(laptop)).toEqual(await snapshot(ipad));
    expect(await conferencesOfClass(klass.id, laptop.store)).toHaveLength(Math.ceil((PUSH_BATCH * 2) / 15));
  });

  it('the real server stopped mid-sync and restarted on its file: the device catches up', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'clipboard-restart-'));
    let running = await startServer({ port: 0, host: '127.0.0.1', dataDir });
    const port = Number(new URL(running.url).port);
    const transport = new HttpTransport(running.url);
    const [ipad, laptop] = (await makeDevices(transport, 2)) as [Device, Device];
    const klass = await classWithNotes(ipad, 5);
    await syncOnce(ipad);
    await running.close();
    await expect(syncOnce(laptop)).rejects.toBeInstanceOf(UnreachableError);
    await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [(await conferencesOfClass(klass.id, ipad.store))[0]?.studentIds[0] as string],
        note: 'written while the server was down',
      },
      ipad.store,
    );
    await expect(syncOnce(ipad)).rejects.toBeInstanceOf(UnreachableError);
    running = await startServer({ port, host: '127.0.0.1', dataDir });
    try {
      await syncOnce(ipad);
      await syncOnce(laptop);
      expect(await snapshot(laptop)).toEqual(await snapshot(ipad));
      expect((await conferencesOfClass(klass.id, laptop.store)).map((c) => c.note).sort()).toEqual(
        ['note 0', 'note 1', 'note 2', 'note 3', 'note 4', 'written while the server was down'].sort(),
      );
    } finally {
      await running.close();
    }
  });
});
