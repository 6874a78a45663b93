import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addStudent,
  addStudents,
  conferencesOf,
  createClass,
  deleteConference,
  EMPTY_CONFERENCE,
  InvalidInputError,
  listClasses,
  listStudents,
  logConference,
  pendingChanges,
  renameClass,
  renameStudent,
  StorageError,
  setClassArchived,
  setStudentArchived,
  updateConference,
} from '../../src/data/index.ts';
import { mutate } from '../../src/data/write.ts';
import { isHlc } from '../../src/protocol/hlc.ts';
import { freshStore } from './helpers.ts';

const newClass = { name: 'Room 12 Writers', gradeBand: '3-8' as const, schoolYear: '2026-2027' };

describe('schema', () => {
  it('opens from empty with every table the product needs', async () => {
    const store = freshStore();
    await store.db.open();
    const names = store.db.tables.map((t) => t.name).sort();
    expect(names).toEqual(
      [
        'assessments',
        'attachments',
        'blobs',
        'classes',
        'conferences',
        'conflicts',
        'drafts',
        'goals',
        'grids',
        'incoming',
        'keptAside',
        'meta',
        'noteIndex',
        'outbox',
        'parked',
        'patterns',
        'peers',
        'plans',
        'recordings',
        'reflections',
        'signups',
        'students',
      ].sort(),
    );
    expect(await listClasses(store)).toEqual([]);
  });
});

describe('every write appends its changes to the outbox', () => {
  it('createClass stamps each field once, with string keys and increasing HLCs', async () => {
    const store = freshStore();
    const made = await createClass(newClass, store);
    expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
    const outbox = await pendingChanges(store);
    expect(outbox.map((c) => c.field).sort()).toEqual(
      ['archived', 'deleted', 'gradeBand', 'name', 'position', 'schoolYear'].sort(),
    );
    for (const change of outbox) {
      expect(change).toMatchObject({ table: 'classes', row: made.id });
      expect(isHlc(change.hlc)).toBe(true);
      expect(made._clock[change.field]).toBe(change.hlc);
    }
    const hlcs = outbox.map((c) => c.hlc);
    expect(new Set(hlcs).size).toBe(hlcs.length);
    expect([...hlcs].sort()).toEqual(hlcs);
  });

  it('an update appends only the fields that changed', async () => {
    const store = freshStore();
    const made = await createClass(newClass, store);
    const before = (await pendingChanges(store)).length;
    await renameClass(made.id, 'Room 12', store);
    await renameClass(made.id, 'Room 12', store);
    await setClassArchived(made.id, true, store);
    const after = (await pendingChanges(store)).slice(before);
    expect(after.map((c) => [c.field, c.value])).toEqual([
      ['name', 'Room 12'],
      ['archived', 1],
    ]);
    const [stored] = await listClasses(store);
    expect(stored?._clock.name).toBe(after[0]?.hlc);
    expect(stored?._clock.archived).toBe(after[1]?.hlc);
  });

  it('students: add, rename and archive each append their own changes', async () => {
    const store = freshStore();
    const room = await createClass(newClass, store);
    const [ana, ben] = await addStudents(room.id, ['Ana  Núñez', "Ben O'Brien"], store);
    expect(ana?.name).toBe('Ana Núñez');
    expect([ana?.position, ben?.position]).toEqual([0, 1]);
    const kate = await addStudent(room.id, 'Mary-Kate', store);
    expect(kate.position).toBe(2);
    const start = (await pendingChanges(store)).length;
    await renameStudent(kate.id, 'Mary-Kate Ross', store);
    await setStudentArchived(ben?.id as string, true, store);
    const tail = (await pendingChanges(store)).slice(start);
    expect(tail.map((c) => [c.table, c.row, c.field, c.value])).toEqual([
      ['students', kate.id, 'name', 'Mary-Kate Ross'],
      ['students', ben?.id, 'archived', 1],
    ]);
    expect((await listStudents(room.id, {}, store)).map((s) => s.name)).toEqual([
      'Ana Núñez',
      'Mary-Kate Ross',
    ]);
    expect(await listStudents(room.id, { includeArchived: true }, store)).toHaveLength(3);
  });

  it('conferences: log, edit, and delete as a tombstone', async () => {
    const store = freshStore();
    const room = await createClass(newClass, store);
    const kid = await addStudent(room.id, 'Ana', store);
    const conference = await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: room.id,
        studentIds: [kid.id],
        type: 'content',
        teachingPoint: 'Stretch a part',
      },
      store,
    );
    const logged = await pendingChanges(store);
    expect(logged.filter((c) => c.row === conference.id).map((c) => c.field)).toContain('teachingPoint');
    await updateConference(conference.id, { nextStep: 'Try it in the next scene' }, store);
    await deleteConference(conference.id, store);
    const tail = (await pendingChanges(store)).slice(-2);
    expect(tail.map((c) => [c.field, c.value])).toEqual([
      ['nextStep', 'Try it in the next scene'],
      ['deleted', 1],
    ]);
    const row = await store.db.conferences.get(conference.id);
    expect(row?.deleted).toBe(1);
    expect(await conferencesOf(kid.id, store)).toEqual([]);
    await deleteConference(conference.id, store);
    expect((await pendingChanges(store)).slice(-1)[0]?.field).toBe('deleted');
    expect(await store.db.outbox.count()).toBe(logged.length + 2);
  });

  it('keeps the clock monotonic across a restart of the app', async () => {
    const store = freshStore('00000000000000b2', () => Date.parse('2026-11-23T09:00:00.000Z'));
    await createClass(newClass, store);
    const last = (await pendingChanges(store)).at(-1)?.hlc as string;
    // Same database, a new clock whose wall time went back a day.
    const reopened = {
      ...store,
      clock: freshStore('00000000000000b2', () => Date.parse('2026-11-22T09:00:00.000Z')).clock,
    };
    await createClass({ ...newClass, name: 'Second' }, reopened);
    const next = (await pendingChanges(store)).at(-1)?.hlc as string;
    expect(next > last).toBe(true);
  });
});

describe('a failing write leaves nothing behind', () => {
  it('refuses bad input before writing', async () => {
    const store = freshStore();
    await expect(createClass({ ...newClass, name: '   ' }, store)).rejects.toThrow(InvalidInputError);
    await expect(createClass({ ...newClass, schoolYear: '2026' }, store)).rejects.toThrow(/2026-2027/);
    const room = await createClass(newClass, store);
    const before = await pendingChanges(store);
    await expect(addStudents(room.id, ['Ana', '', 'Ben'], store)).rejects.toThrow(
      'The student name is empty.',
    );
    await expect(addStudent(room.id, 'x'.repeat(500), store)).rejects.toThrow(/500 characters/);
    expect(await pendingChanges(store)).toEqual(before);
    expect(await listStudents(room.id, {}, store)).toEqual([]);
  });

  it('rolls back the record and its outbox rows when the transaction fails part-way', async () => {
    const store = freshStore();
    const room = await createClass(newClass, store);
    const before = await store.db.outbox.count();
    await expect(
      mutate(store, ['students'], async (write) => {
        await write.create('students', {
          classId: room.id,
          name: 'Ana',
          archived: 0,
          position: 0,
          deleted: 0,
        });
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
    ).rejects.toMatchObject({
      kind: 'full',
      message: expect.stringContaining('Nothing from this change was saved'),
    });
    expect(await store.db.students.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(before);
    expect(store.state.get().error?.kind).toBe('full');
    // A later successful write clears the banner.
    await addStudent(room.id, 'Ana', store);
    expect(store.state.get().error).toBeNull();
  });

  it('rolls back when IndexedDB itself refuses a value', async () => {
    const store = freshStore();
    const room = await createClass(newClass, store);
    const before = await store.db.outbox.count();
    const uncloneable = { classId: room.id, name: 'Ana', archived: 0, position: () => 0, deleted: 0 };
    await expect(
      // biome-ignore lint/suspicious/noExplicitAny: deliberately the wrong type, to make IndexedDB refuse it
      mutate(store, ['students'], (write) => write.create('students', uncloneable as any)),
    ).rejects.toBeInstanceOf(StorageError);
    expect(await store.db.students.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(before);
  });
});

describe('connection handling', () => {
  it('reopens and retries after the connection was closed', async () => {
    const store = freshStore();
    const room = await createClass(newClass, store);
    store.db.close();
    await addStudent(room.id, 'Ana', store);
    expect((await listStudents(room.id, {}, store)).map((s) => s.name)).toEqual(['Ana']);
  });

  it('reopens after the browser dropped the native connection (iPad waking from background)', async () => {
    const store = freshStore();
    const room = await createClass(newClass, store);
    store.db.backendDB().close();
    await addStudent(room.id, 'Ben', store);
    expect((await listStudents(room.id, {}, store)).map((s) => s.name)).toEqual(['Ben']);
  });

  it('asks for a reload when a newer version opens the database in another tab', async () => {
    const store = freshStore();
    await createClass(newClass, store);
    expect(store.state.get().reloadNeeded).toBe(false);
    const newer = new Dexie(store.db.name);
    newer.version(99).stores({ classes: 'id, deleted' });
    await newer.open();
    expect(store.state.get().reloadNeeded).toBe(true);
    await expect(createClass(newClass, store)).rejects.toBeInstanceOf(StorageError);
    newer.close();
  });
});
