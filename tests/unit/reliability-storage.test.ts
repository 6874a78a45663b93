// Never lose a note (7), on the device: a database from the first released version opens in this one
// with every record kept; the IndexedDB connection closed under the app; the disk full while saving.
// Each case ends with "0 notes lost", asserted.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  type ConferenceInput,
  conferencesOfClass,
  createClass,
  EMPTY_CONFERENCE,
  listClasses,
  loadDraft,
  logConference,
  openConflicts,
  openStore,
  pendingChanges,
  StorageError,
  saveDraft,
} from '../../src/data/index.ts';
import { noteTextsOfClass } from '../../src/data/search.ts';
import { storeSpec, withLaterDefaults } from '../../src/protocol/tables.ts';
import { SYNCED_TABLES, type SyncedTable } from '../../src/protocol/types.ts';
import { fold } from '../../src/protocol/words.ts';
import { expectNoNotesLost, type SavedText } from '../lost.ts';
import fixture from './fixtures/database-v1.json' with { type: 'json' };
import { freshStore } from './helpers.ts';
import { expectIndexInStep, indexAnswer } from './wordIndexCheck.ts';

type Row = Record<string, unknown>;

/** Writes the fixture as version 1 of the app wrote it: its schema, its rows, nothing of today's code. */
async function databaseFromVersion1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(fixture.dexieVersion).stores(fixture.schema);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows as Row[]);
  old.close();
}

const fixtureTexts = (): SavedText[] =>
  (fixture.tables.conferences as Row[]).flatMap((c) =>
    ['note', 'teachingPoint']
      .filter((f) => typeof c[f] === 'string' && c[f] !== '')
      .map((field) => ({ table: 'conferences', row: String(c.id), field, text: String(c[field]) })),
  );

describe('a database from the first released version', () => {
  it('opens in this version with every record, draft, queued change and kept text', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    await databaseFromVersion1(name);
    const store = openStore(name, { nodeId: '00000000000000f1' });
    const [klass] = await listClasses(store);
    expect(klass?.name).toBe('Room 12');
    expect(await conferencesOfClass(klass?.id as string, store)).toHaveLength(2);
    // Every synced table version 1 had (reflections, assessment notes and peer conferences are new, and
    // empty; conflicts are checked below, as texts offered).
    for (const table of SYNCED_TABLES.filter((t) => t !== 'conflicts'))
      expect(await store.db.table(table).count(), table).toBe(
        (fixture.tables as Record<string, Row[]>)[table]?.length ?? 0,
      );
    // A field added since (the child's goal) reads as empty on the conferences version 1 wrote.
    expect((await store.db.conferences.toArray()).map((c) => c.childGoal)).toEqual(['', '']);
    // The half-typed note is still there.
    const draftKey = String((fixture.tables.drafts[0] as Row).key);
    expect((await loadDraft(draftKey, store))?.value).toMatchObject({ note: 'half-typed note about Ben' });
    // Changes queued by version 1 still go, with no base stamp (the server merges them by HLC alone).
    const queued = await pendingChanges(store);
    expect(queued).toHaveLength(fixture.tables.outbox.length);
    expect(queued.every((c) => c.baseHlc === null)).toBe(true);
    // Text kept by version 1's conflicts is still offered.
    expect((await openConflicts(store)).map((c) => c.lostValue)).toEqual(['kept text from v1']);
    // And the upgraded database takes new notes.
    const [ana] = (await store.db.students.toArray()).filter((s) => s.name === 'Ana Flores');
    await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass?.id as string,
        studentIds: [ana?.id as string],
        note: 'after the upgrade',
      },
      store,
    );
    expect(await conferencesOfClass(klass?.id as string, store)).toHaveLength(3);
    // Search's rows and word index (version 7) for the notes version 1 wrote, and for the new one.
    expect((await noteTextsOfClass(klass?.id as string, store)).map((r) => r.id).sort()).toEqual(
      (await conferencesOfClass(klass?.id as string, store)).map((c) => c.id).sort(),
    );
    await expectIndexInStep(store);
    expect((await indexAnswer(store, klass?.id as string, { text: 'flores upgr' })).total).toBe(1);
    await expectNoNotesLost('upgrade from version 1', fixtureTexts(), [store]);
  });
});

/** The local stores every version from 3 on had: a copy of db.ts's on purpose, pinned as released. */
const LOCAL_STORES = {
  outbox: '++seq',
  parked: 'seq',
  incoming: 'key',
  meta: 'key',
  drafts: 'key',
  blobs: 'sha256, uploaded',
  recordings: '++seq, draftKey',
};
/** Versions 3, 5 and 6 as released (3 and 5 are no longer declared: they had no upgrade of their own). */
const RELEASED = {
  3: {
    ...fixture.schema,
    attachments: 'id, conferenceId, sha256',
    reflections: 'id',
    ...LOCAL_STORES,
  },
  5: {
    ...Object.fromEntries(SYNCED_TABLES.map((table) => [table, storeSpec(table)])),
    ...LOCAL_STORES,
    keptAside: '++id',
  },
  6: {
    ...Object.fromEntries(SYNCED_TABLES.map((table) => [table, storeSpec(table)])),
    ...LOCAL_STORES,
    keptAside: '++id',
    noteText: 'id, [classId+at]',
  },
};

/** Search's row of a note as version 6 kept it: its text folded whole. */
function version6Row(c: Row) {
  const text = ['research', 'compliment', 'teachingPoint', 'nextStep', 'note'].map((f) => c[f] ?? '');
  return {
    id: c.id,
    classId: c.classId,
    at: c.at,
    text: fold(text.join('\n')),
    studentIds: c.studentIds,
    goalIds: c.goalIds,
    type: c.type,
    lenses: c.lenses,
    teachingPoint: c.teachingPoint,
    nextStep: c.nextStep,
    deleted: c.deleted,
  };
}

/** The fixture's rows as a device left at `version` kept them: the upgrades before it applied. */
async function databaseAt(version: 3 | 5 | 6, name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(RELEASED[version]);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) {
    const shaped = (rows as Row[])
      .map((row) => (table === 'conflicts' ? { ...row, deleted: 0, _clock: {} } : row))
      .map((row) => (table === 'outbox' ? { ...row, baseHlc: null } : row))
      .map((row) =>
        version >= 4 && (SYNCED_TABLES as readonly string[]).includes(table)
          ? withLaterDefaults(table as SyncedTable, row)
          : row,
      );
    await old.table(table).bulkPut(shaped);
    if (version === 6 && table === 'conferences')
      await old.table('noteText').bulkPut(shaped.map(version6Row));
  }
  old.close();
}

describe.each([3, 5, 6] as const)('a database left at version %i', (version) => {
  it('opens in this version with every record, and Search’s word index for every note', async () => {
    const name = `upgrade-v${version}-${Math.random().toString(36).slice(2)}`;
    await databaseAt(version, name);
    const store = openStore(name, { nodeId: '00000000000000f2' });
    const [klass] = await listClasses(store);
    expect(klass?.name).toBe('Room 12');
    for (const table of SYNCED_TABLES.filter((t) => t !== 'conflicts'))
      expect(await store.db.table(table).count(), table).toBe(
        (fixture.tables as Record<string, Row[]>)[table]?.length ?? 0,
      );
    expect((await openConflicts(store)).map((c) => c.lostValue)).toEqual(['kept text from v1']);
    expect((await pendingChanges(store)).length).toBe(fixture.tables.outbox.length);
    // Built by the upgrade itself, before any search (which would rebuild a class whose counts differ).
    await expectIndexInStep(store);
    const conferences = await store.db.conferences.toArray();
    expect((await noteTextsOfClass(klass?.id as string, store)).map((r) => r.id).sort()).toEqual(
      (await conferencesOfClass(klass?.id as string, store)).map((c) => c.id).sort(),
    );
    const heart = conferences.filter((c) => /heart/i.test(`${c.note} ${c.teachingPoint}`)).map((c) => c.id);
    expect(heart.length).toBeGreaterThan(0);
    expect((await indexAnswer(store, klass?.id as string, { text: 'HEA' })).ids).toEqual(heart);
    const ana = conferences.filter((c) => c.studentIds.includes(fixture.tables.students[0]?.id as string));
    expect((await indexAnswer(store, klass?.id as string, { text: 'flor' })).total).toBe(ana.length);
    await expectNoNotesLost(`upgrade from version ${version}`, fixtureTexts(), [store]);
  });
});

/** A device with one class and Ana in it; `log` saves a conference with her. */
async function anaOnADevice() {
  const store = freshStore();
  const klass = await createClass({ name: 'Room 3', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
  const [ana] = await addStudents(klass.id, ['Ana'], store);
  const log = (fields: Partial<ConferenceInput> & { draftKey?: string }) =>
    logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], ...fields },
      store,
    );
  return { store, klass, ana: ana as { id: string }, log };
}

describe('the IndexedDB connection closed under the app', () => {
  it('a save reopens the database and lands', async () => {
    const { store, log } = await anaOnADevice();
    // iPad Safari drops the connection when the app sleeps; here the connection is closed outright.
    store.db.close();
    const saved = await log({ note: 'written after waking' });
    expect(store.db.isOpen()).toBe(true);
    await expectNoNotesLost(
      'connection closed under the app',
      [{ table: 'conferences', row: saved.id, field: 'note', text: 'written after waking' }],
      [store],
    );
  });
});

describe('the disk full while saving', () => {
  it('the save fails with words for the teacher, writes nothing, and the draft stays', async () => {
    const { store, klass, ana, log } = await anaOnADevice();
    const draftKey = `new:${ana?.id}`;
    await saveDraft(draftKey, { note: 'what she typed' }, store);
    const before = await pendingChanges(store);
    // The platform refuses writes as a full disk does: IndexedDB's own QuotaExceededError.
    const put = IDBObjectStore.prototype.put;
    const add = IDBObjectStore.prototype.add;
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
    try {
      const failure = await log({ note: 'what she typed', draftKey }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StorageError);
      expect((failure as StorageError).kind).toBe('full');
      expect((failure as StorageError).message).toMatch(/no room left.*Nothing from this change was saved/);
    } finally {
      IDBObjectStore.prototype.put = put;
      IDBObjectStore.prototype.add = add;
    }
    expect(await conferencesOfClass(klass.id, store)).toEqual([]);
    expect(await pendingChanges(store)).toEqual(before);
    expect((await loadDraft(draftKey, store))?.value).toEqual({ note: 'what she typed' });
    expect(store.state.get().error?.kind).toBe('full');
    // The disk has room again: the same save lands, and the draft goes with it.
    const saved = await log({ note: 'what she typed', draftKey });
    expect(await loadDraft(draftKey, store)).toBeUndefined();
    await expectNoNotesLost(
      'disk full while saving',
      [{ table: 'conferences', row: saved.id, field: 'note', text: 'what she typed' }],
      [store],
    );
  });
});

describe('a field longer than the sheet allows', () => {
  it('is refused with words naming the field, and nothing is written', async () => {
    const { store, klass, log } = await anaOnADevice();
    const before = await pendingChanges(store);
    const failure = await log({ nextStep: 'x'.repeat(10_001) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toBe(
      'The next step is 10,001 characters long; at most 10,000 fit. Shorten it, then save. Nothing was saved.',
    );
    expect(await conferencesOfClass(klass.id, store)).toEqual([]);
    expect(await pendingChanges(store)).toEqual(before);
    // Exactly at the limit it saves, and always fits one sync request.
    await log({ nextStep: 'é'.repeat(10_000) });
    expect(await conferencesOfClass(klass.id, store)).toHaveLength(1);
  });
});
