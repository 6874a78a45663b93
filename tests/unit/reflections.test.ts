// Her reflections in seed 001's words: each question takes the answers that fit it; reflections stored
// before, when every question was "yes" or "not yet", are kept as they are and read by one rule; a
// database left at version 6 opens with them whole.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  openStore,
  pendingChanges,
  REFLECTION_ANSWERS,
  REFLECTION_QUESTIONS,
  type ReflectionQuestion,
  type ReflectionRecord,
} from '../../src/data/index.ts';
import {
  answerOf,
  answersOf,
  EARLIER_ANSWER,
  isReflected,
  LEGACY_READING,
  reflect,
  reflectionOf,
  startedHere,
} from '../../src/data/reflections.ts';
import { checkField, storeSpec } from '../../src/protocol/tables.ts';
import { SYNCED_TABLES } from '../../src/protocol/types.ts';
import { freshStore } from './helpers.ts';

const SEED_001 = [
  'How was your pacing?',
  'Did you rush through the research part of the conference?',
  'Did you take the time to compliment the student using a paragraph of speech?',
  'Did you teach the student ONE (and only one) new strategy that s/he could use not just on the piece of writing in front of him/her but in the future?',
  'Was your teaching point the best possible one or could you have taught something else that would’ve helped him/her more?',
];

describe('seed 001’s questions', () => {
  it('are asked in the seed’s words, each with the answers that fit it', () => {
    expect(REFLECTION_QUESTIONS.map(([, q]) => q)).toEqual(SEED_001);
    expect(
      Object.fromEntries(REFLECTION_QUESTIONS.map(([q]) => [q, REFLECTION_ANSWERS[q].map((o) => o.label)])),
    ).toEqual({
      pacing: ['Rushed', 'About right', 'Slow'],
      research: ['Yes', 'No'],
      compliment: ['Yes', 'No'],
      oneStrategy: ['ONE', 'More than one', 'None'],
      bestPoint: ['The best possible one', 'Something else would have helped more'],
    });
  });

  it('the registry takes each question’s answers and the “yes” / “not yet” of before, nothing else', () => {
    expect(checkField('reflections', 'pacing', 'slow')).toBeNull();
    expect(checkField('reflections', 'pacing', 'not yet')).toBeNull();
    expect(checkField('reflections', 'pacing', 'no')).toMatch(/not a value/);
    expect(checkField('reflections', 'research', 'no')).toBeNull();
    expect(checkField('reflections', 'research', 'rushed')).toMatch(/not a value/);
    expect(checkField('reflections', 'oneStrategy', 'more than one')).toBeNull();
    expect(checkField('reflections', 'bestPoint', 'something else')).toBeNull();
    expect(checkField('reflections', 'helpedMore', 'A mentor text')).toBeNull();
    expect(checkField('reflections', 'helpedMore', null)).toMatch(/not a value/);
  });
});

describe('the reading rule for answers stored as “yes” / “not yet”', () => {
  it('reads each question’s old answer in its own answers', () => {
    const old = (answer: 'yes' | 'not yet'): ReflectionRecord => ({
      ...(Object.fromEntries(REFLECTION_QUESTIONS.map(([q]) => [q, answer])) as Pick<
        ReflectionRecord,
        ReflectionQuestion
      >),
      helpedMore: '',
      note: '',
      id: 'c',
      deleted: 0,
      _clock: {},
    });
    expect(answersOf(old('yes'))).toEqual({
      pacing: 'about right',
      // "Did I rush the research?" — yes, I rushed it.
      research: 'yes',
      compliment: 'yes',
      oneStrategy: 'one',
      bestPoint: 'best',
    });
    expect(answersOf(old('not yet'))).toEqual({
      pacing: 'not about right',
      // "Not yet" to "Did I rush the research?" meant "I did not rush".
      research: 'no',
      compliment: 'no',
      oneStrategy: 'not one',
      bestPoint: 'something else',
    });
    expect(Object.keys(LEGACY_READING)).toEqual(REFLECTION_QUESTIONS.map(([q]) => q));
  });

  it('reads today’s answers as they are, and nothing from nothing', () => {
    expect(answerOf({ pacing: 'slow' }, 'pacing')).toBe('slow');
    expect(answerOf({ research: 'no' }, 'research')).toBe('no');
    expect(answerOf({ oneStrategy: 'none' }, 'oneStrategy')).toBe('none');
    expect(answerOf({ bestPoint: null }, 'bestPoint')).toBeNull();
    expect(answerOf({} as never, 'compliment')).toBeNull();
  });

  it('says in words what an old “not yet” said where the chips cannot show it', () => {
    expect(EARLIER_ANSWER.pacing?.['not about right']).toMatch(/Rushed or slow\?/);
    expect(EARLIER_ANSWER.oneStrategy?.['not one']).toMatch(/More than one, or none\?/);
  });
});

describe('reflecting', () => {
  it('saves each answer, the line and the note; an answer given now replaces an old one', async () => {
    const store = freshStore();
    await reflect('conf-1', { research: 'no' }, store);
    expect(await reflectionOf('conf-1', store)).toMatchObject({
      research: 'no',
      pacing: null,
      helpedMore: '',
      note: '',
    });
    await reflect('conf-1', { bestPoint: 'something else', helpedMore: 'Teach dialogue first' }, store);
    await reflect('conf-1', { note: 'Research took half the time.' }, store);
    const saved = await reflectionOf('conf-1', store);
    expect(saved && answersOf(saved)).toMatchObject({ research: 'no', bestPoint: 'something else' });
    expect(saved?.helpedMore).toBe('Teach dialogue first');
    // Each change syncs as its own field.
    const fields = (await pendingChanges(store)).map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['research', 'bestPoint', 'helpedMore', 'note']));
    // A line alone is a reflection (the Reflect list leaves it out).
    const lineOnly = freshStore();
    await reflect('conf-2', { helpedMore: 'A mentor text' }, lineOnly);
    expect(isReflected(await reflectionOf('conf-2', lineOnly))).toBe(true);
    await reflect('conf-3', { helpedMore: '  ' }, lineOnly);
    expect(isReflected(await reflectionOf('conf-3', lineOnly))).toBe(false);
  });

  it('knows the reflections this device started: a coach changes only those', async () => {
    const teachersIpad = freshStore('00000000000000a1');
    const coachesIpad = freshStore('00000000000000c0');
    await reflect('conf-1', { pacing: 'rushed' }, teachersIpad);
    await reflect('conf-1', { note: 'Shorter teach next time' }, teachersIpad);
    const teachers = (await reflectionOf('conf-1', teachersIpad)) as ReflectionRecord;
    expect(await startedHere(teachers, teachersIpad)).toBe(true);
    // The same record, as it reaches the coach's iPad by sync.
    expect(await startedHere(teachers, coachesIpad)).toBe(false);
    await reflect('conf-2', { note: 'Named the move' }, coachesIpad);
    expect(
      await startedHere((await reflectionOf('conf-2', coachesIpad)) as ReflectionRecord, coachesIpad),
    ).toBe(true);
  });
});

describe('a database left at version 6, with reflections of before', () => {
  it('opens with them whole: the line empty, the old answers kept and read by the rule', async () => {
    const name = `reflections-v6-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(6).stores({
      ...Object.fromEntries(SYNCED_TABLES.map((table) => [table, storeSpec(table)])),
      outbox: '++seq',
      parked: 'seq',
      incoming: 'key',
      meta: 'key',
      drafts: 'key',
      blobs: 'sha256, uploaded',
      recordings: '++seq, draftKey',
      keptAside: '++id',
      noteText: 'id, [classId+at]',
    });
    await old.open();
    await old.table('reflections').put({
      id: 'conf-old',
      pacing: 'yes',
      research: 'not yet',
      compliment: 'yes',
      oneStrategy: 'not yet',
      bestPoint: null,
      note: 'Good pacing',
      deleted: 0,
      _clock: { pacing: 'x', research: 'x', compliment: 'x', oneStrategy: 'x', bestPoint: 'x', note: 'x' },
    });
    old.close();

    const store = openStore(name, { nodeId: '00000000000000f3' });
    const row = await store.db.reflections.get('conf-old');
    expect(row).toMatchObject({ pacing: 'yes', research: 'not yet', helpedMore: '', note: 'Good pacing' });
    expect(answersOf(row as never)).toEqual({
      pacing: 'about right',
      research: 'no',
      compliment: 'yes',
      oneStrategy: 'not one',
      bestPoint: null,
    });
    // Nothing was queued to sync by the upgrade: the stored answers stay as they were, everywhere.
    expect(await pendingChanges(store)).toEqual([]);
    // She answers anew: the new answer replaces the old.
    await reflect('conf-old', { oneStrategy: 'more than one' }, store);
    expect((await store.db.reflections.get('conf-old'))?.oneStrategy).toBe('more than one');
    store.db.close();
  });
});
