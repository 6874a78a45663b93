// The week's Reflect list: the newest recorded conferences of the class not yet reflected on, found from
// the recordings (not by reading every note of the class).
import { describe, expect, it } from 'vitest';
import { addAttachment, removeAttachment } from '../../src/data/attachments.ts';
import {
  type AttachmentInput,
  addStudents,
  createClass,
  deleteConference,
  EMPTY_CONFERENCE,
  logConference,
} from '../../src/data/index.ts';
import { reflect, toReflectOn } from '../../src/data/reflections.ts';
import { freshStore } from './helpers.ts';

const AUDIO: AttachmentInput = {
  kind: 'audio',
  mime: 'audio/mp4',
  size: 1000,
  sha256: 'a'.repeat(64),
  durationMs: 300_000,
  width: null,
  height: null,
};
const PHOTO: AttachmentInput = {
  ...AUDIO,
  kind: 'photo',
  mime: 'image/jpeg',
  durationMs: null,
  width: 800,
  height: 600,
};

async function twoClasses() {
  const store = freshStore();
  const room9 = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const room12 = await createClass({ name: 'Room 12', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
  const [ana] = await addStudents(room9.id, ['Ana'], store);
  const [zoe] = await addStudents(room12.id, ['Zoe'], store);
  const log = (classId: string, studentId: string, at: string, attachments: AttachmentInput[] = []) =>
    logConference({ ...EMPTY_CONFERENCE, classId, studentIds: [studentId], at, attachments }, store);
  return { store, room9, room12, ana: ana?.id as string, zoe: zoe?.id as string, log };
}

describe('the Reflect list', () => {
  it('lists the class’s recorded conferences she has not reflected on, newest first', async () => {
    const { store, room9, room12, ana, zoe, log } = await twoClasses();
    const older = await log(room9.id, ana, '2026-11-02T10:00:00.000Z', [AUDIO]);
    const newer = await log(room9.id, ana, '2026-11-09T10:00:00.000Z', [AUDIO, PHOTO]);
    await log(room9.id, ana, '2026-11-10T10:00:00.000Z', [PHOTO]); // a photo is not a recording
    await log(room9.id, ana, '2026-11-11T10:00:00.000Z'); // nothing recorded
    const reflected = await log(room9.id, ana, '2026-11-12T10:00:00.000Z', [AUDIO]);
    await reflect(reflected.id, { pacing: 'about right' }, store);
    const deleted = await log(room9.id, ana, '2026-11-13T10:00:00.000Z', [AUDIO]);
    await deleteConference(deleted.id, store);
    const unrecorded = await log(room9.id, ana, '2026-11-14T10:00:00.000Z');
    const recording = await addAttachment(unrecorded.id, AUDIO, store);
    await removeAttachment(recording.id, store);
    const elsewhere = await log(room12.id, zoe, '2026-11-15T10:00:00.000Z', [AUDIO]);
    // A reflection begun but empty is not a reflection yet.
    await reflect(older.id, { note: '  ' }, store);

    const list = await toReflectOn(room9.id, 8, store);
    expect(list.map((r) => r.conference.id)).toEqual([newer.id, older.id]);
    expect(list.every((r) => r.recording.kind === 'audio')).toBe(true);
    expect((await toReflectOn(room12.id, 8, store)).map((r) => r.conference.id)).toEqual([elsewhere.id]);
  });

  it('gives the newest few even when there are many more, across pages of recordings', async () => {
    const { store, room9, room12, ana, zoe, log } = await twoClasses();
    const made: string[] = [];
    for (let i = 0; i < 70; i++) {
      const at = new Date(Date.UTC(2026, 8, 1 + i, 10)).toISOString();
      made.push((await log(room9.id, ana, at, [AUDIO])).id);
      // The other class's recordings fill the pages between hers.
      await log(room12.id, zoe, at, [AUDIO]);
    }
    // The newest five are reflected on: the list goes past them.
    for (const id of made.slice(-5)) await reflect(id, { research: 'no' }, store);
    const list = await toReflectOn(room9.id, 8, store);
    expect(list.map((r) => r.conference.id)).toEqual(made.slice(-13, -5).reverse());
  });
});
