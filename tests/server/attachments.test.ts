// Recordings and photos between devices: the metadata syncs as changes, the bytes as blobs. The iPad's
// recording (kept in pieces as it records) is saved with the conference, uploaded before its name is
// pushed, and the laptop brings the same bytes down; a file the server refuses is set aside, named.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  attachmentsOf,
  blobOf,
  finishRecording,
  keepBlob,
  keptRecording,
  saveRecordingChunk,
  sha256Of,
} from '../../src/data/attachments.ts';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  parkedChanges,
  pendingCount,
} from '../../src/data/index.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { SyncHttpError } from '../../src/sync/transport.ts';
import {
  type Device,
  makeDevices,
  PassThroughTransport,
  syncAll,
  useInProcessServer,
} from './syncHarness.ts';

const server = useInProcessServer();

async function recordOn(device: Device, seconds: number) {
  const klass = await createClass(
    { name: 'Room 1', gradeBand: 'K-2', schoolYear: '2026-2027' },
    device.store,
  );
  const [ana] = await addStudents(klass.id, ['Ana'], device.store);
  const draftKey = `new:${ana?.id}`;
  const pieces: Buffer[] = [];
  const startedAt = Date.now();
  for (let i = 0; i < seconds / 3; i++) {
    const piece = randomBytes(20_000);
    pieces.push(piece);
    await saveRecordingChunk(
      {
        draftKey,
        mime: 'audio/webm',
        bytes: new Uint8Array(piece).buffer,
        startedAt,
        elapsedMs: (i + 1) * 3000,
      },
      device.store,
    );
  }
  return { klass, ana: ana as { id: string }, draftKey, whole: Buffer.concat(pieces) };
}

describe('recordings between devices', () => {
  it('kept in pieces, saved with the conference, uploaded, and the same bytes on the other device', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const { klass, ana, draftKey, whole } = await recordOn(ipad, 9);
    // The app was closed mid-conference: the pieces are kept, and say how long.
    expect(await keptRecording(draftKey, ipad.store)).toEqual({
      mime: 'audio/webm',
      durationMs: 9000,
      size: whole.length,
      parts: 1,
    });

    const [recording, ...more] = await finishRecording(draftKey, ipad.store);
    expect(more).toEqual([]);
    expect(recording).toMatchObject({ kind: 'audio', durationMs: 9000, size: whole.length });
    const saved = await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [ana.id],
        note: 'recorded',
        draftKey,
        attachments: [recording as never],
      },
      ipad.store,
    );
    expect(await keptRecording(draftKey, ipad.store)).toBeNull();
    expect(recording?.sha256).toBe(await sha256Of(new Uint8Array(whole).buffer));

    await syncAll([ipad, laptop], 1);
    expect((await blobOf(recording?.sha256 as string, ipad.store))?.uploaded).toBe(1);
    const [onLaptop] = await attachmentsOf(saved.id, laptop.store);
    expect(onLaptop).toMatchObject({ kind: 'audio', sha256: recording?.sha256, durationMs: 9000 });
    const bytes = (await blobOf(recording?.sha256 as string, laptop.store))?.bytes as ArrayBuffer;
    expect(Buffer.from(bytes)).toEqual(whole);
  });

  it('a file the server refuses is set aside, named, and the rest syncs', async () => {
    class Full extends PassThroughTransport {
      override async putBlob(): Promise<void> {
        throw new SyncHttpError(
          507,
          'Your recordings and photos on the server use 5.0 GB of 5.0 GB; this file (1 MB) does not fit. Nothing was stored.',
        );
      }
    }
    const [ipad] = (await makeDevices(server().transport, 1)) as [Device];
    const { klass, ana } = await recordOn(ipad, 3);
    const sha256 = await keepBlob(new Uint8Array(randomBytes(1000)).buffer, 'image/jpeg', {}, ipad.store);
    await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [ana.id],
        note: 'with a photo',
        attachments: [
          { kind: 'photo', mime: 'image/jpeg', size: 1000, sha256, durationMs: null, width: 10, height: 10 },
        ],
      },
      ipad.store,
    );
    await syncOnce({ ...ipad, transport: new Full(ipad.transport) });
    expect(await pendingCount(ipad.store)).toBe(0);
    const [parked] = await parkedChanges(ipad.store);
    expect(parked?.reason).toMatch(
      /^the photo of the conference with Ana \(.+\) was not synced: the sync server refused its file \(Your recordings and photos on the server use 5\.0 GB/,
    );
  });
});
