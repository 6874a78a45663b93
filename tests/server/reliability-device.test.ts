// Never lose a note (7): a week offline with 200 conferences, then sync; the sync server killed (SIGKILL)
// in the middle of a push and restarted on its file. Each case ends with "0 notes lost", asserted.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  pendingCount,
} from '../../src/data/index.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { HttpTransport } from '../../src/sync/transport.ts';
import { expectNoNotesLost, type SavedText } from '../lost.ts';
import { type Device, makeDevices, snapshot, syncAll, useInProcessServer } from './syncHarness.ts';

const server = useInProcessServer();
const DAY = 24 * 60 * 60 * 1000;

async function aWeekOfConferences(device: Device, count: number, weekStart: number) {
  const klass = await createClass(
    { name: 'Room 7', gradeBand: '3-8', schoolYear: '2026-2027' },
    device.store,
  );
  const students = await addStudents(
    klass.id,
    Array.from({ length: 25 }, (_, i) => `Student ${i + 1}`),
    device.store,
  );
  const saved: SavedText[] = [];
  for (let i = 0; i < count; i++) {
    const note = `Day ${Math.floor(i / 40) + 1}, conference ${i + 1}: rereads to find the heart of the story`;
    const made = await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [students[i % students.length]?.id as string],
        at: new Date(weekStart + Math.floor(i / 40) * DAY + (i % 40) * 60_000).toISOString(),
        teachingPoint: `Teaching point ${i + 1}`,
        note,
      },
      device.store,
    );
    saved.push({ table: 'conferences', row: made.id, field: 'note', text: note });
    saved.push({
      table: 'conferences',
      row: made.id,
      field: 'teachingPoint',
      text: `Teaching point ${i + 1}`,
    });
  }
  return saved;
}

describe('a week offline', () => {
  it('200 conferences logged offline over five days all reach the other device', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const saved = await aWeekOfConferences(ipad, 200, Date.now() - 7 * DAY);
    expect(await pendingCount(ipad.store)).toBeGreaterThan(200 * 10);
    await syncAll([ipad, laptop], 1);
    expect(await pendingCount(ipad.store)).toBe(0);
    expect(await laptop.store.db.conferences.count()).toBe(200);
    expect(await snapshot(laptop)).toEqual(await snapshot(ipad));
    await expectNoNotesLost('a week offline, 200 conferences', saved, [ipad.store, laptop.store]);
  });
});

function startProcess(dataDir: string, port = 0): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/server/serverProcess.ts', dataDir, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/\S+/.exec(out)?.[0];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

describe('the sync server killed mid-push', () => {
  it('restarted on its file, the device pushes again and nothing is lost or doubled', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'clipboard-killed-'));
    let running = await startProcess(dataDir);
    const port = Number(new URL(running.url).port);
    try {
      // The transport tells when the iPad's push is handed to the network, so the kill lands on it.
      let pushSent: (() => void) | null = null;
      const transport = new HttpTransport(running.url, (input, init) => {
        if (pushSent && input.endsWith('/sync/push')) pushSent();
        return fetch(input, init);
      });
      const [ipad, laptop] = (await makeDevices(transport, 2)) as [Device, Device];
      const saved = await aWeekOfConferences(ipad, 120, Date.now() - 3 * DAY);
      // Kill the server while the iPad's push is on the wire (SIGKILL: no graceful shutdown).
      const onTheWire = new Promise<void>((resolve) => {
        pushSent = resolve;
      });
      const sync = syncOnce(ipad);
      await onTheWire;
      pushSent = null;
      running.child.kill('SIGKILL');
      await expect(sync).rejects.toThrow();
      const waiting = await pendingCount(ipad.store);
      expect(waiting).toBeGreaterThan(0);

      running = await startProcess(dataDir, port);
      await syncAll([ipad, laptop], 1);
      expect(await pendingCount(ipad.store)).toBe(0);
      expect(await laptop.store.db.conferences.count()).toBe(120);
      expect(await snapshot(laptop)).toEqual(await snapshot(ipad));
      await expectNoNotesLost('server killed mid-push', saved, [ipad.store, laptop.store]);
    } finally {
      running.child.kill('SIGKILL');
    }
  }, 60_000);
});
