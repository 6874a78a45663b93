// Search's folded words (data/noteText.ts) stay in step with the notes, whatever writes them, in the same
// transaction: a save, an edit, a delete, a note arriving by sync, a restore, a class removed.
import { describe, expect, it } from 'vitest';
import { applyRemoteChanges } from '../../src/data/apply.ts';
import { collectBackup, restoreBackup } from '../../src/data/backup.ts';
import {
  addStudents,
  createClass,
  deleteConference,
  EMPTY_CONFERENCE,
  logConference,
  noteTextsOfClass,
  pendingChanges,
  type Store,
  updateConference,
} from '../../src/data/index.ts';
import { mutate } from '../../src/data/write.ts';
import type { Json } from '../../src/protocol/types.ts';
import { freshStore } from './helpers.ts';

async function classWithAna(store: Store) {
  const klass = await createClass({ name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const [ana] = await addStudents(klass.id, ['Ana Lima'], store);
  return { classId: klass.id, anaId: ana?.id as string };
}

describe('the words Search keeps for each note', () => {
  it('follow a save, an edit and a delete, folded (accents and case ignored)', async () => {
    const store = freshStore();
    const { classId, anaId } = await classWithAna(store);
    const saved = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], teachingPoint: 'Élaborer la SCÈNE' },
      store,
    );
    const [row] = await noteTextsOfClass(classId, store);
    expect(row).toMatchObject({
      id: saved.id,
      classId,
      studentIds: [anaId],
      teachingPoint: 'Élaborer la SCÈNE',
    });
    expect(row?.text).toContain('elaborer la scene');
    await updateConference(saved.id, { nextStep: 'Stretch the HEART of it' }, store);
    expect((await noteTextsOfClass(classId, store))[0]?.text).toContain('stretch the heart of it');
    await deleteConference(saved.id, store);
    expect(await noteTextsOfClass(classId, store)).toEqual([]);
  });

  it('are written with the note or not at all: a transaction that fails leaves neither', async () => {
    const store = freshStore();
    const { classId, anaId } = await classWithAna(store);
    await expect(
      mutate(store, ['conferences'], async (write) => {
        await write.create('conferences', {
          ...EMPTY_CONFERENCE,
          classId,
          studentIds: [anaId],
          at: new Date().toISOString(),
          deleted: 0,
        });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow();
    expect(await store.db.conferences.count()).toBe(0);
    expect(await noteTextsOfClass(classId, store)).toEqual([]);
  });

  it('follow a note that arrives by sync, and a restore on a wiped device', async () => {
    const ipad = freshStore('00000000000000a1');
    const { classId, anaId } = await classWithAna(ipad);
    await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Dialogue in the zoo' },
      ipad,
    );

    // Everything the iPad wrote, as the server would hand it to a laptop.
    const laptop = freshStore('00000000000000a2');
    const changes = (await pendingChanges(ipad)).map((c, i) => ({
      table: c.table,
      row: c.row,
      field: c.field,
      value: c.value as Json,
      hlc: c.hlc,
      version: i + 1,
    }));
    await applyRemoteChanges(laptop, changes, String(changes.length));
    expect((await noteTextsOfClass(classId, laptop)).map((r) => r.text)).toEqual([
      expect.stringContaining('dialogue in the zoo'),
    ]);

    const { backup, blobs } = await collectBackup('0.1.0', ipad);
    const wiped = freshStore('00000000000000a3');
    await restoreBackup(backup, blobs, wiped);
    expect((await noteTextsOfClass(classId, wiped)).map((r) => r.text)).toEqual([
      expect.stringContaining('dialogue in the zoo'),
    ]);
  });

  it('are made again from the notes when the two stores ever differ in number', async () => {
    const store = freshStore();
    const { classId, anaId } = await classWithAna(store);
    const kept = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Kept' },
      store,
    );
    const gone = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Gone' },
      store,
    );
    await deleteConference(gone.id, store);
    // As if the notes had reached the database some other way (an app from before version 6's store).
    await store.db.noteText.clear();
    expect((await noteTextsOfClass(classId, store)).map((r) => r.id)).toEqual([kept.id]);
    expect(await store.db.noteText.count()).toBe(2);
  });
});
