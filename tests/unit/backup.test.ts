// Back up and restore: a round trip to a wiped device gives every record and file back, byte for byte;
// an older backup never overwrites a newer note; and every kind of bad file is refused with words that
// name what is wrong, changing nothing.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { keepBlob } from '../../src/data/attachments.ts';
import { collectBackup, previewRestore, restoreBackup } from '../../src/data/backup.ts';
import { readBackupZip, writeBackupZip } from '../../src/data/backupFile.ts';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  pendingChanges,
  type Store,
  setGoal,
  updateConference,
} from '../../src/data/index.ts';
import { reflect } from '../../src/data/reflections.ts';
import { BadBackupError } from '../../src/protocol/backup.ts';
import { SYNCED_TABLES } from '../../src/protocol/tables.ts';
import { freshStore } from './helpers.ts';

async function everything(store: Store) {
  const out: Record<string, unknown[]> = {};
  for (const table of [...SYNCED_TABLES, 'blobs'])
    out[table] = (await store.db.table(table).toArray()).map((r) => ({ ...r, uploaded: undefined }));
  return out;
}

async function aYearOnOneIpad() {
  const store = freshStore('00000000000000b1');
  const klass = await createClass({ name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const [ana, ben] = await addStudents(klass.id, ['Ana Núñez', 'Ben "Benny" O’Brien'], store);
  await setGoal(
    { classId: klass.id, studentIds: [ana?.id as string], text: 'Focus on the heart', patternId: null },
    store,
  );
  const photo = new Uint8Array(5000).map((_, i) => (i * 7) % 256).buffer;
  const sha256 = await keepBlob(photo, 'image/jpeg', {}, store);
  const note = await logConference(
    {
      ...EMPTY_CONFERENCE,
      classId: klass.id,
      studentIds: [ana?.id as string, ben?.id as string],
      note: 'Ana found the heart of her story,\n"the storm"',
      attachments: [
        { kind: 'photo', mime: 'image/jpeg', size: 5000, sha256, durationMs: null, width: 40, height: 30 },
      ],
    },
    store,
  );
  await reflect(note.id, { pacing: 'about right', note: 'Good pace' }, store);
  return { store, note, photo };
}

const zipOf = (files: Record<string, Uint8Array>) => zipSync(files);

describe('back up and restore', () => {
  it('a round trip to a wiped device gives every record and file back, byte for byte, and it syncs', async () => {
    const { store, note } = await aYearOnOneIpad();
    // As the sync server stamped them: who logged the conference, whose the reflection is.
    const stampedAt = '2026-11-24T09:00:00.000Z-0000-0000000000000000';
    const conference = await store.db.conferences.get(note.id);
    await store.db.conferences.update(note.id, {
      loggedBy: { id: 'me', name: 'Ms. Rivera' },
      _clock: { ...conference?._clock, loggedBy: stampedAt },
    });
    const reflection = await store.db.reflections.get(note.id);
    await store.db.reflections.update(note.id, {
      startedBy: { id: 'me', name: 'Ms. Rivera' },
      _clock: { ...reflection?._clock, startedBy: stampedAt },
    });
    const { backup, blobs } = await collectBackup('0.1.0', store);
    const file = writeBackupZip(backup, blobs);

    const wiped = freshStore('00000000000000b2');
    const read = await readBackupZip(file);
    const preview = await previewRestore(read.backup, read.blobs, wiped);
    expect(preview.conferences).toEqual({ added: 1, newerInBackup: 0, newerHere: 0 });
    expect(preview.blobs.added).toBe(1);
    await restoreBackup(read.backup, read.blobs, wiped);
    expect(await everything(wiped)).toEqual(await everything(store));
    // What the restore wrote waits in the outbox with its original stamps, so it reaches the server.
    const queued = await pendingChanges(wiped);
    expect(queued.length).toBeGreaterThan(20);
    expect(queued.every((c) => c.hlc.endsWith('00000000000000b1'))).toBe(true);
    // What only the server writes comes back on the device but is never sent back (it would be refused).
    expect((await wiped.db.conferences.get(note.id))?.loggedBy).toEqual({ id: 'me', name: 'Ms. Rivera' });
    expect(queued.filter((c) => c.field === 'loggedBy' || c.field === 'startedBy')).toEqual([]);
    // Restoring the same backup again changes nothing.
    expect(await restoreBackup(read.backup, read.blobs, wiped)).toBe(0);
  });

  it('an older backup never overwrites a newer note', async () => {
    const { store, note } = await aYearOnOneIpad();
    const { backup, blobs } = await collectBackup('0.1.0', store);
    await updateConference(note.id, { note: 'Written after the backup' }, store);
    const read = await readBackupZip(writeBackupZip(backup, blobs));
    expect((await previewRestore(read.backup, read.blobs, store)).conferences).toEqual({
      added: 0,
      newerInBackup: 0,
      newerHere: 1,
    });
    expect(await restoreBackup(read.backup, read.blobs, store)).toBe(0);
    expect((await store.db.conferences.get(note.id))?.note).toBe('Written after the backup');
  });

  describe('a bad file is refused, naming what is wrong, and nothing changes', async () => {
    const json = (value: unknown) => zipOf({ 'backup.json': strToU8(JSON.stringify(value)) });
    const good = async () => {
      const { store } = await aYearOnOneIpad();
      return (await collectBackup('0.1.0', store)).backup;
    };
    const withRecord = async (change: (record: Record<string, unknown>) => void) => {
      const backup = await good();
      const record = (backup.tables.conferences?.[0] ?? {}) as Record<string, unknown>;
      change(record);
      return backup;
    };
    const cases: [string, () => Promise<Uint8Array>, RegExp][] = [
      ['a file that is not a zip', async () => strToU8('just some text'), /not a zip, or it is damaged/],
      [
        'a zip cut short',
        async () => {
          const { backup, blobs } = await collectBackup('0.1.0', (await aYearOnOneIpad()).store);
          const whole = writeBackupZip(backup, blobs);
          return whole.slice(0, Math.floor(whole.length / 2));
        },
        /not a zip, or it is damaged/,
      ],
      ['a zip with no backup.json', async () => zipOf({ 'notes.txt': strToU8('hi') }), /no backup\.json/],
      [
        'backup.json that is not JSON',
        async () => zipOf({ 'backup.json': strToU8('{"format": ') }),
        /not readable JSON/,
      ],
      [
        'another app’s file',
        async () => json({ format: 'spreadsheet' }),
        /not a Conferring Clipboard backup/,
      ],
      [
        'another version',
        async () => json({ ...(await good()), version: 2 }),
        /another version of the app \(backup format 2/,
      ],
      [
        'an unknown table',
        async () => json({ ...(await good()), tables: { grades: [] } }),
        /a table this app does not know \("grades"\)/,
      ],
      [
        'an unknown field',
        async () =>
          json(
            await withRecord((r) => {
              r.mood = 'happy';
            }),
          ),
        /conferences has no field "mood"/,
      ],
      [
        'a wrong type',
        async () =>
          json(
            await withRecord((r) => {
              r.studentIds = 'Ana';
            }),
          ),
        /not a value for conferences\.studentIds/,
      ],
      [
        'a string of megabytes',
        async () =>
          json(
            await withRecord((r) => {
              r.note = 'x'.repeat(3_000_000);
            }),
          ),
        /a note longer than 256 KB/,
      ],
      [
        'a __proto__ key in a record',
        async () => {
          const text = JSON.stringify(await good()).replace(
            '"schoolYear":"2026-2027"',
            '"__proto__":{"polluted":1},"schoolYear":"2026-2027"',
          );
          return zipOf({ 'backup.json': strToU8(text) });
        },
        /classes has no field "__proto__"/,
      ],
      [
        'a __proto__ key in its clock stamps',
        async () => {
          const text = JSON.stringify(await good()).replace('"_clock":{', '"_clock":{"__proto__":"x",');
          return zipOf({ 'backup.json': strToU8(text) });
        },
        /has a stamp for a missing field/,
      ],
      [
        'a field with no clock stamp',
        async () =>
          json(
            await withRecord((r) => {
              delete (r._clock as Record<string, string>).note;
            }),
          ),
        /no clock stamp for note/,
      ],
      [
        'a 200 MB file',
        async () => new Uint8Array(200 * 1024 * 1024),
        /200 MB, more than a backup of this app can be/,
      ],
      [
        'a photo that does not match its hash',
        async () => {
          const { backup, blobs } = await collectBackup('0.1.0', (await aYearOnOneIpad()).store);
          const files = unzipSync(writeBackupZip(backup, blobs));
          for (const name of Object.keys(files))
            if (name.startsWith('attachments/')) files[name] = strToU8('damaged');
          return zipOf(files);
        },
        /recording or photo 1 is missing from it or damaged/,
      ],
    ];
    it.each(cases)('%s', async (_label, make, message) => {
      const { store } = await aYearOnOneIpad();
      const before = await everything(store);
      const outbox = (await pendingChanges(store)).length;
      const file = await make();
      const failure = await readBackupZip(file).then(
        ({ backup, blobs }) => restoreBackup(backup, blobs, store),
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(BadBackupError);
      expect((failure as Error).message).toMatch(message);
      expect((failure as Error).message).toMatch(/Nothing was changed\.$/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(await everything(store)).toEqual(before);
      expect((await pendingChanges(store)).length).toBe(outbox);
    });
  });
});
