// What a teacher reads about sharing: every change set aside names its note, goal or child in her words
// (never a table or a field), says why from her part in the class (coach, co-teacher, an id already
// another's), and one record's changes read as one entry; the notice of a class no longer shared, and the
// top bar while she has not read it.
import { describe, expect, it } from 'vitest';
import { applyRemoteChanges } from '../../src/data/apply.ts';
import { addAssessment, planPeerConference } from '../../src/data/assessments.ts';
import {
  addSignup,
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  type ParkedRow,
  pendingChanges,
  saveGrid,
  savePlan,
  setGoal,
} from '../../src/data/index.ts';
import { describeChange, whyRefused } from '../../src/data/parking.ts';
import { asSentence, parkedEntries } from '../../src/features/settings/parkedEntries.ts';
import { SYNCED_TABLES, TABLES } from '../../src/protocol/tables.ts';
import { noLongerSharedWords } from '../../src/ui/noLongerShared.ts';
import { syncWords } from '../../src/ui/syncWords.ts';
import { freshStore } from './helpers.ts';

/** Every name she must never read: the tables, and the fields whose names are not words of hers. */
const MACHINE_WORDS = [
  // "peers (classId)", "conferences.note": a table as the code names it.
  ...SYNCED_TABLES.map((t) => new RegExp(`\\b${t}\\s*[(.]`)),
  // Tables whose names are no words of hers (she says peer conference, sign-up, photo).
  /\b(peers|signups|attachments|assessments|reflections|conflicts|grids)\b/,
  ...[...new Set(SYNCED_TABLES.flatMap((t) => Object.keys(TABLES[t].fields)))]
    .filter((f) => /[A-Z]/.test(f) || /^b\d$/.test(f))
    .map((f) => new RegExp(`\\b${f}\\b`)),
  /a change to/,
];

async function roomWithEverything() {
  const store = freshStore();
  const room = await createClass(
    { name: 'Room 12 Writers', gradeBand: '3-8', schoolYear: '2026-2027' },
    store,
  );
  const [ana, ben] = await addStudents(room.id, ['Ana Lima', 'Ben Ode'], store);
  const a = ana?.id as string;
  const b = ben?.id as string;
  await logConference(
    { ...EMPTY_CONFERENCE, classId: room.id, studentIds: [a], teachingPoint: 'Stretch the moment' },
    store,
  );
  await setGoal(
    { classId: room.id, studentIds: [a], text: 'Write a lead that hooks', patternId: null },
    store,
  );
  await saveGrid(room.id, '2026-11-30', [a, b], store);
  await savePlan(
    room.id,
    '2026-11-30',
    [{ day: null, studentIds: [b], kind: 'conference', note: '' }],
    store,
  );
  await addSignup(room.id, b, 'I’m done!', store);
  await addAssessment({ classId: room.id, studentId: a, text: 'Uses dialogue', on: '2026-12-01' }, store);
  await planPeerConference(
    { classId: room.id, studentIds: [a, b], about: 'the lead', on: '2026-12-02' },
    store,
  );
  return { store, room, a, b };
}

describe('a change set aside, in her words', () => {
  it('names every kind of record without a table or field name', async () => {
    const { store } = await roomWithEverything();
    const changes = await pendingChanges(store);
    expect(new Set(changes.map((c) => c.table)).size).toBeGreaterThanOrEqual(9);
    for (const change of changes) {
      const words = await describeChange(change, store);
      for (const machine of MACHINE_WORDS)
        expect(words, `${change.table}.${change.field}`).not.toMatch(machine);
    }
    const words = async (table: string, field: string) =>
      describeChange(changes.find((c) => c.table === table && c.field === field) as ParkedRow, store);
    expect(await words('conferences', 'teachingPoint')).toMatch(
      /^the teaching point of the conference with Ana Lima \(.+\)$/,
    );
    expect(await words('peers', 'classId')).toBe('the peer conference of Ana Lima and Ben Ode');
    expect(await words('peers', 'deleted')).toBe('deleting the peer conference of Ana Lima and Ben Ode');
    expect(await words('goals', 'status')).toBe('the status of Ana Lima’s goal “Write a lead that hooks”');
    expect(await words('signups', 'reason')).toBe('the reason of Ben Ode’s sign-up for a conference');
    expect(await words('grids', 'b0')).toMatch(/^the 9-kid grid of the week of /);
    expect(await words('plans', 'entries')).toMatch(/^the plan for the week of /);
    expect(await words('assessments', 'text')).toMatch(/^the words of the assessment note on Ana Lima/);
  });

  it('names a record no longer on this device by its kind', async () => {
    const store = freshStore();
    expect(await describeChange({ table: 'peers', row: 'gone', field: 'classId' }, store)).toBe(
      'a peer conference',
    );
  });

  it('says why from her part in the class: a coach, a co-teacher renaming, an identity already taken', async () => {
    const { store, room } = await roomWithEverything();
    const changes = await pendingChanges(store);
    const peer = changes.find((c) => c.table === 'peers') as ParkedRow;
    const klass = changes.find((c) => c.table === 'classes') as ParkedRow;
    const share = (role: 'coach' | 'coteacher') =>
      applyRemoteChanges(store, [], 'c1', {
        accountId: 'me',
        shares: [{ classId: room.id, role, owner: 'Ms. Rivera', members: 0 }],
        people: [],
      });
    await share('coach');
    expect(await whyRefused('forbidden', peer, store)).toMatch(
      /^you are the coach of Room 12 Writers: you read it and add reflections, and its teachers make changes like this one\. It stays on this iPad only/,
    );
    await share('coteacher');
    expect(await whyRefused('forbidden', klass, store)).toMatch(
      /^only Ms\. Rivera, whose class it is, can rename or archive Room 12 Writers\./,
    );
    const taken = await whyRefused('id-taken', peer, store);
    expect(taken).toMatch(
      /^it clashes with a record the sync server already keeps in a class that is not yours/,
    );
    for (const machine of MACHINE_WORDS) expect(taken).not.toMatch(machine);
    expect(taken).not.toMatch(/\bid\b/);
  });

  it('lists every change of one record set aside for one reason as one entry', () => {
    const row = (
      seq: number,
      table: ParkedRow['table'],
      r: string,
      field: string,
      why?: string,
    ): ParkedRow => ({
      seq,
      table,
      row: r,
      field,
      value: '',
      hlc: '',
      baseHlc: null,
      at: '2026-12-06T10:00:00.000Z',
      reason: `the ${field} of ${r} was not synced: ${why ?? 'it is larger than 256 KB.'}`,
      ...(why ? { record: `the peer conference ${r}`, why } : {}),
    });
    const coach = 'you are the coach of Room 12.';
    const entries = parkedEntries([
      row(1, 'peers', 'p1', 'about', coach),
      row(2, 'peers', 'p1', 'on', coach),
      row(3, 'peers', 'p1', 'classId', coach),
      row(4, 'conferences', 'c1', 'note'),
      row(5, 'conferences', 'c1', 'research'),
    ]);
    expect(entries.map((e) => [e.words, e.seqs])).toEqual([
      ['the peer conference p1 was not synced: you are the coach of Room 12.', [1, 2, 3]],
      ['the note of c1 was not synced: it is larger than 256 KB.', [4]],
      ['the research of c1 was not synced: it is larger than 256 KB.', [5]],
    ]);
    expect(asSentence(entries[0]?.words ?? '')).toMatch(/^The peer conference/);
  });
});

describe('a class no longer shared with her', () => {
  const gone = {
    classId: 'k',
    className: 'Room 12 Writers',
    owner: 'Ms. Rivera',
    at: '2026-12-06T10:30:00.000Z',
  };

  it('names the class and where her unsynced notes were kept', () => {
    const one = noLongerSharedWords({ ...gone, kept: 1 });
    expect(one.title).toBe('Room 12 Writers is no longer shared with you');
    expect(one.body).toMatch(/^Ms\. Rivera’s class left this iPad when it synced \(.+\)\. Your 1 note in it/);
    expect(one.body).toMatch(
      /is kept on this iPad only, under Settings → Kept from classes no longer shared/,
    );
    expect(noLongerSharedWords({ ...gone, kept: 3 }).body).toMatch(
      /Your 3 notes in it that had not synced yet are/,
    );
    const none = noLongerSharedWords({ ...gone, kept: 0 });
    expect(none.kept).toBe(false);
    expect(none.body).toMatch(/Everything you wrote in it had synced/);
  });

  it('is news in the top bar, not a plain “Synced”, until she has read it', () => {
    const synced = { kind: 'synced', waiting: 0, at: 0, setAside: 0 } as const;
    expect(syncWords({ ...synced, noLongerShared: [{ ...gone, kept: 1 }] })).toBe(
      'Synced · Room 12 Writers is no longer shared with you',
    );
    expect(
      syncWords({
        ...synced,
        noLongerShared: [
          { ...gone, kept: 1 },
          { ...gone, classId: 'j', kept: 0 },
        ],
      }),
    ).toBe('Synced · 2 classes are no longer shared with you');
    expect(syncWords({ ...synced, noLongerShared: [] })).toBe('Synced');
  });
});
