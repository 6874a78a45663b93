// Search's rows and word index stay in step with the notes and the names, whatever writes them, in the
// same transaction: a save, an edit, a delete, a student renamed, a note or a name arriving by sync, a
// restore, a class removed. After each, the index equals the one made from nothing, and Search finds
// what the plain scan finds.
import { describe, expect, it } from 'vitest';
import { applyRemoteChanges } from '../../src/data/apply.ts';
import { collectBackup, restoreBackup } from '../../src/data/backup.ts';
import {
  addStudents,
  type ConferenceRecord,
  createClass,
  deleteConference,
  EMPTY_CONFERENCE,
  logConference,
  pendingChanges,
  renameStudent,
  type Store,
  setStudentArchived,
  updateConference,
} from '../../src/data/index.ts';
import { type NoteFilters, noteTextsOfClass } from '../../src/data/search.ts';
import { mutate } from '../../src/data/write.ts';
import type { Json } from '../../src/protocol/types.ts';
import { freshStore } from './helpers.ts';
import { expectIndexInStep, indexAnswer, scanAnswer } from './wordIndexCheck.ts';

async function classWithAna(store: Store) {
  const klass = await createClass({ name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const [ana, ben] = await addStudents(klass.id, ['Ana Lima', 'Ben Okafor-Whitfield'], store);
  return { classId: klass.id, anaId: ana?.id as string, benId: ben?.id as string };
}

/** The index's answer, checked against the scan, as ids. */
async function found(store: Store, classId: string, filters: NoteFilters): Promise<string[]> {
  const answer = await indexAnswer(store, classId, filters);
  expect(answer, JSON.stringify(filters)).toEqual(await scanAnswer(store, classId, filters));
  expect(answer.total).toBe(answer.ids.length);
  return answer.ids;
}

/** Every change a device has queued, as the server would hand it to another device. */
async function asPulled(store: Store) {
  return (await pendingChanges(store)).map((c, i) => ({
    table: c.table,
    row: c.row,
    field: c.field,
    value: c.value as Json,
    hlc: c.hlc,
    version: i + 1,
  }));
}

describe('the word index Search keeps', () => {
  it('follows a save, an edit and a delete, accents and case ignored', async () => {
    const store = freshStore();
    const { classId, anaId, benId } = await classWithAna(store);
    const saved = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], teachingPoint: 'Élaborer la SCÈNE' },
      store,
    );
    await expectIndexInStep(store);
    expect(await found(store, classId, { text: 'elab' })).toEqual([saved.id]);
    expect(await found(store, classId, { text: 'SCÉ' })).toEqual([saved.id]);
    // A word begins a word: “la” is in “la”, not in the middle of “élaborer”.
    expect(await found(store, classId, { text: 'bor' })).toEqual([]);
    // An edit that moves the note to another time too (its row's key changes).
    const at = new Date(2026, 0, 5, 9).toISOString();
    await updateConference(saved.id, { nextStep: 'Stretch the HEART of it', studentIds: [benId], at }, store);
    await expectIndexInStep(store);
    expect(await found(store, classId, { text: 'heart stre' })).toEqual([saved.id]);
    expect(await found(store, classId, { text: 'whitfield' })).toEqual([saved.id]);
    expect(await found(store, classId, { text: 'ana' })).toEqual([]);
    await deleteConference(saved.id, store);
    await expectIndexInStep(store);
    expect(await found(store, classId, { text: 'heart' })).toEqual([]);
    expect(await store.db.noteIndex.where('entries').above('').count()).toBe(0);
  });

  it('is written with the note or not at all: a transaction that fails leaves neither', async () => {
    const store = freshStore();
    const { classId, anaId } = await classWithAna(store);
    await expect(
      mutate(store, ['conferences'], async (write) => {
        await write.create('conferences', {
          ...EMPTY_CONFERENCE,
          classId,
          studentIds: [anaId],
          note: 'lost',
          at: new Date().toISOString(),
          deleted: 0,
        });
        throw new Error('the disk is full');
      }),
    ).rejects.toThrow();
    expect(await store.db.conferences.count()).toBe(0);
    expect(await store.db.noteIndex.count()).toBe(0);
  });

  it('follows a student renamed, archived and deleted: her name finds her notes while she is in the class', async () => {
    const store = freshStore();
    const { classId, anaId, benId } = await classWithAna(store);
    const both = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId, benId], type: 'table', note: 'Partners' },
      store,
    );
    const hers = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Lead' },
      store,
    );
    expect(await found(store, classId, { text: 'lima' })).toEqual([hers.id, both.id]);
    await renameStudent(anaId, 'Ana Núñez', store);
    await expectIndexInStep(store);
    expect(await found(store, classId, { text: 'lima' })).toEqual([]);
    expect(await found(store, classId, { text: 'nunez lead' })).toEqual([hers.id]);
    await setStudentArchived(anaId, true, store);
    expect(await found(store, classId, { text: 'NÚÑ' })).toEqual([hers.id, both.id]);
    await mutate(store, ['students'], (write) => write.remove('students', anaId));
    await expectIndexInStep(store);
    expect(await found(store, classId, { text: 'nunez' })).toEqual([]);
    expect(await found(store, classId, { text: 'okafor' })).toEqual([both.id]);
  });

  it('finds two words where one is a name and also begins words of other notes', async () => {
    const store = freshStore();
    const { classId, anaId, benId } = await classWithAna(store);
    const hers = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Lead' },
      store,
    );
    const his = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [benId], note: 'Analysis of the lead' },
      store,
    );
    await logConference({ ...EMPTY_CONFERENCE, classId, studentIds: [benId], note: 'Analysis' }, store);
    expect(await found(store, classId, { text: 'ana lead' })).toEqual([his.id, hers.id]);
    expect(await found(store, classId, { text: 'lima lead' })).toEqual([hers.id]);
    expect(await found(store, classId, { text: 'lead ben' })).toEqual([his.id]);
  });

  it('keeps two writes to one note sent together in one transaction, each moving it in time', async () => {
    const store = freshStore();
    const { classId, anaId } = await classWithAna(store);
    const saved = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'one' },
      store,
    );
    const stored = (await store.db.conferences.get(saved.id)) as ConferenceRecord;
    await store.db.transaction('rw', store.db.conferences, () =>
      Promise.all([
        store.db.conferences.put({ ...stored, note: 'two', at: new Date(2026, 0, 2).toISOString() }),
        store.db.conferences.put({ ...stored, note: 'three', at: new Date(2026, 0, 3).toISOString() }),
      ]),
    );
    await expectIndexInStep(store);
    expect(await found(store, classId, { text: 'two' })).toEqual([]);
    expect(await found(store, classId, { text: 'three' })).toEqual([saved.id]);
    await store.db.conferences.delete(saved.id);
    await expectIndexInStep(store);
  });

  it('follows notes and names that arrive by sync, in any order, and their edits', async () => {
    const ipad = freshStore('00000000000000a1');
    const { classId, anaId } = await classWithAna(ipad);
    const note = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Dialogue in the zoo' },
      ipad,
    );
    const changes = await asPulled(ipad);
    const laptop = freshStore('00000000000000a2');
    // The note's page first, the class and its students after: her name reaches the note already here.
    await applyRemoteChanges(
      laptop,
      changes.filter((c) => c.table === 'conferences'),
      '1',
    );
    await expectIndexInStep(laptop);
    expect(await found(laptop, classId, { text: 'zoo' })).toEqual([note.id]);
    expect(await found(laptop, classId, { text: 'zoo ana' })).toEqual([]);
    await applyRemoteChanges(
      laptop,
      changes.filter((c) => c.table !== 'conferences'),
      '2',
    );
    await expectIndexInStep(laptop);
    expect(await found(laptop, classId, { text: 'zoo ana' })).toEqual([note.id]);

    await renameStudent(anaId, 'Anya Lima', ipad);
    await updateConference(note.id, { note: 'Dialogue at the aquarium' }, ipad);
    const later = (await asPulled(ipad)).slice(changes.length);
    await applyRemoteChanges(laptop, later, String(changes.length + later.length));
    await expectIndexInStep(laptop);
    expect(await found(laptop, classId, { text: 'anya aqu' })).toEqual([note.id]);
    expect(await found(laptop, classId, { text: 'zoo' })).toEqual([]);
  });

  it('follows a restore, onto a wiped device and onto one that holds older notes', async () => {
    const ipad = freshStore('00000000000000a1');
    const { classId, anaId } = await classWithAna(ipad);
    const note = await logConference(
      { ...EMPTY_CONFERENCE, classId, studentIds: [anaId], note: 'Dialogue in the zoo' },
      ipad,
    );
    const { backup, blobs } = await collectBackup('0.1.0', ipad);
    const wiped = freshStore('00000000000000a3');
    await restoreBackup(backup, blobs, wiped);
    await expectIndexInStep(wiped);
    expect(await found(wiped, classId, { text: 'dialog' })).toEqual([note.id]);

    await updateConference(note.id, { note: 'Dialogue at the aquarium' }, ipad);
    const newer = await collectBackup('0.1.0', ipad);
    await restoreBackup(newer.backup, newer.blobs, wiped);
    await expectIndexInStep(wiped);
    expect(await found(wiped, classId, { text: 'aquarium' })).toEqual([note.id]);
    expect(await found(wiped, classId, { text: 'zoo' })).toEqual([]);
  });

  it('lets go of a class no longer shared with her, and of nothing else', async () => {
    const store = freshStore();
    const shared = await classWithAna(store);
    const own = await classWithAna(store);
    await logConference(
      { ...EMPTY_CONFERENCE, classId: shared.classId, studentIds: [shared.anaId], note: 'Zoo' },
      store,
    );
    const mine = await logConference(
      { ...EMPTY_CONFERENCE, classId: own.classId, studentIds: [own.anaId], note: 'Zoo' },
      store,
    );
    const share = { classId: shared.classId, role: 'coteacher' as const, owner: 'x@example.org', members: 0 };
    await applyRemoteChanges(store, [], '1', { accountId: 'me', shares: [share] });
    await applyRemoteChanges(store, [], '2', { accountId: 'me', shares: [] });
    expect(await store.db.conferences.where('classId').equals(shared.classId).count()).toBe(0);
    await expectIndexInStep(store);
    expect(await found(store, shared.classId, { text: 'zoo' })).toEqual([]);
    expect(await found(store, own.classId, { text: 'zoo lima' })).toEqual([mine.id]);
  });

  it('is made again for a class whose rows ever differ from its notes in number', async () => {
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
    // As if the notes had reached the database some other way (written straight into IndexedDB).
    await store.db.noteIndex.clear();
    expect(await found(store, classId, { text: 'kept' })).toEqual([kept.id]);
    expect((await noteTextsOfClass(classId, store)).map((r) => r.id)).toEqual([kept.id]);
    await expectIndexInStep(store);
  });
});
