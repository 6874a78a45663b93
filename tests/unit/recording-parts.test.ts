// A recording kept in parts: Continue recording adds a part after the kept one, and every part stays
// the recorder's own file, byte for byte, in the order it was recorded, through to the saved conference.
import { describe, expect, it } from 'vitest';
import {
  attachmentsOf,
  blobOf,
  discardRecording,
  finishRecording,
  keptRecording,
  keptRecordingFiles,
  saveRecordingChunk,
} from '../../src/data/attachments.ts';
import { addStudents, createClass, EMPTY_CONFERENCE, logConference } from '../../src/data/index.ts';
import { partBytes, partsOf } from '../../src/data/recordingParts.ts';
import { freshStore } from './helpers.ts';

const bytes = (...values: number[]) => new Uint8Array(values).buffer;

function piece(startedAt: number, elapsedMs: number, ...values: number[]) {
  return { draftKey: 'new:ana', mime: 'audio/mp4', bytes: bytes(...values), startedAt, elapsedMs };
}

describe('the parts of a kept recording', () => {
  it('a new start time begins a new part; each part is its pieces in order, as long as its last', () => {
    const parts = partsOf([
      piece(1000, 1000, 1, 2),
      piece(1000, 2000, 3),
      piece(1000, 2400, 4),
      piece(9000, 1000, 5, 6),
    ]);
    expect(parts.map((p) => [p.startedAt, p.durationMs, p.size])).toEqual([
      [1000, 2400, 4],
      [9000, 1000, 2],
    ]);
    expect([...new Uint8Array(partBytes(parts[0] as never))]).toEqual([1, 2, 3, 4]);
    expect([...new Uint8Array(partBytes(parts[1] as never))]).toEqual([5, 6]);
  });

  it('the same start time again later is still a new part (a part is a run of pieces)', () => {
    expect(partsOf([piece(1, 10, 1), piece(2, 10, 2), piece(1, 10, 3)])).toHaveLength(3);
  });

  it('nothing kept: no parts', () => {
    expect(partsOf([])).toEqual([]);
  });
});

describe('a recording continued after an interruption', () => {
  it('is kept as two parts, plays part by part, and saves as two recordings in order', async () => {
    const store = freshStore();
    const klass = await createClass({ name: 'Room 1', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
    const [ana] = await addStudents(klass.id, ['Ana'], store);
    const draftKey = `new:${ana?.id}`;
    // The first part, cut off by a reload at about 2.5 s; then Continue, 1.2 s more.
    for (const c of [piece(1000, 1000, 1, 1), piece(1000, 2500, 2)])
      await saveRecordingChunk({ ...c, draftKey }, store);
    for (const c of [piece(5000, 1000, 3, 3, 3), piece(5000, 1200, 4)])
      await saveRecordingChunk({ ...c, draftKey, mime: 'audio/webm' }, store);

    expect(await keptRecording(draftKey, store)).toEqual({
      mime: 'audio/webm',
      durationMs: 3700,
      size: 7,
      parts: 2,
    });
    const files = await keptRecordingFiles(draftKey, store);
    expect(files.map((f) => [f.mime, f.durationMs, [...new Uint8Array(f.bytes)]])).toEqual([
      ['audio/mp4', 2500, [1, 1, 2]],
      ['audio/webm', 1200, [3, 3, 3, 4]],
    ]);

    const recordings = await finishRecording(draftKey, store);
    expect(recordings.map((r) => [r.kind, r.mime, r.durationMs, r.size])).toEqual([
      ['audio', 'audio/mp4', 2500, 3],
      ['audio', 'audio/webm', 1200, 4],
    ]);
    const saved = await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [ana?.id as string],
        draftKey,
        attachments: recordings,
      },
      store,
    );
    const attached = await attachmentsOf(saved.id, store);
    expect(attached.map((a) => a.sha256)).toEqual(recordings.map((r) => r.sha256));
    const second = await blobOf(attached[1]?.sha256 as string, store);
    expect([...new Uint8Array(second?.bytes as ArrayBuffer)]).toEqual([3, 3, 3, 4]);
    expect(await keptRecording(draftKey, store)).toBeNull();
  });

  it('Record again after the question: the kept parts are gone, nothing to save', async () => {
    const store = freshStore();
    await saveRecordingChunk(piece(1000, 1000, 1), store);
    await discardRecording('new:ana', store);
    expect(await keptRecording('new:ana', store)).toBeNull();
    expect(await finishRecording('new:ana', store)).toEqual([]);
  });
});
