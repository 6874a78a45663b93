// Search's answer from the word index is exactly the plain scan's: the same notes, in the same order,
// and the same count, on random notes, names, edits and searches (accents and case, a student's name,
// filters with words), and on a class large enough that the newest notes are read a window at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONFERENCE_TYPES,
  type ConferenceRecord,
  EMPTY_CONFERENCE,
  LENSES,
  type StudentRecord,
  valuesOf,
} from '../../src/data/index.ts';
import { type NoteFilters, noteTextOf } from '../../src/data/search.ts';
import { noteOfRowKey, prefixRanges, rowKeyOf, wordEntriesOf } from '../../src/data/wordIndex.ts';
import { searchWords } from '../../src/protocol/words.ts';
import { freshStore } from './helpers.ts';
import { expectIndexInStep, indexAnswer, scanAnswer } from './wordIndexCheck.ts';

const VOCABULARY = [
  'Élaborer',
  'elaborate',
  'ELABORATION',
  'stretch',
  'Stretched',
  'Story',
  'strong',
  'Dialogue',
  'zoo',
  'zebra',
  'lead',
  'leads',
  'Leader',
  'ana',
  'analysis',
  '12',
  '120',
  'don’t',
  'heart-of-it',
  'café',
  'a',
  'the',
  'x'.repeat(40),
];
const NAMES = ['Ana Lima', 'José Núñez', 'Ben Okafor-Whitfield', 'Zoë Ståhl', 'Leah Story'];
const GOALS = ['g1', 'g2'];
const base = { deleted: 0 as const, _clock: {} };

const aNote = fc.record({
  words: fc.subarray(VOCABULARY, { maxLength: 6 }),
  field: fc.constantFrom('research', 'compliment', 'teachingPoint', 'nextStep', 'note'),
  students: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  // Few days and minutes, so that notes share a moment (the order then falls to the id).
  day: fc.integer({ min: 1, max: 9 }),
  minute: fc.integer({ min: 0, max: 2 }),
  type: fc.constantFrom(...valuesOf(CONFERENCE_TYPES)),
  lenses: fc.subarray(valuesOf(LENSES)),
  goals: fc.subarray(GOALS),
  deleted: fc.boolean(),
  // Another class on the device, with the same words: never in this class's answer.
  elsewhere: fc.boolean(),
});

/** A typed word: the start of a note's word or a name's, in any case. */
const aTypedWord = fc
  .tuple(fc.constantFrom(...VOCABULARY, ...NAMES, 'zzz'), fc.integer({ min: 1, max: 45 }), fc.boolean())
  .map(([text, length, upper]) => {
    const word = searchWords(text)[0] ?? text;
    const typed = word.slice(0, length);
    return upper ? typed.toUpperCase() : typed;
  });

const someFilters = fc.record(
  {
    text: fc.array(aTypedWord, { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
    studentId: fc.constantFrom('s0', 's1', 's4'),
    goalId: fc.constantFrom(...GOALS),
    type: fc.constantFrom(...valuesOf(CONFERENCE_TYPES)),
    lens: fc.constantFrom(...valuesOf(LENSES)),
    from: fc.constantFrom('2026-11-03', '2026-11-06'),
    to: fc.constantFrom('2026-11-05', '2026-11-08'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NoteFilters>;

/** One word alone (counted in IndexedDB), two words, or filters with or without words. */
const aSearch: fc.Arbitrary<NoteFilters> = fc.oneof(
  { arbitrary: aTypedWord.map((text) => ({ text })), weight: 3 },
  { arbitrary: fc.tuple(aTypedWord, aTypedWord).map((w) => ({ text: w.join(' ') })), weight: 2 },
  { arbitrary: someFilters, weight: 2 },
);

/** What may happen after the notes are saved: a name changed, a student gone, a note edited or deleted. */
const anEdit = fc.oneof(
  fc.record({ rename: fc.integer({ min: 0, max: 3 }), to: fc.constantFrom(...NAMES) }),
  fc.record({ drop: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ edit: fc.nat(), words: fc.subarray(VOCABULARY, { maxLength: 4 }) }),
  fc.record({ remove: fc.nat() }),
  fc.record({ move: fc.nat(), day: fc.integer({ min: 1, max: 9 }) }),
);

/** s3 is in the other class: her name finds none of this class's notes, even one that lists her. */
function student(i: number, name: string): StudentRecord {
  const classId = i === 3 ? 'hall' : 'room';
  return { ...base, id: `s${i}`, classId, name, archived: i === 2 ? 1 : 0, position: i };
}

type NoteShape = typeof aNote extends fc.Arbitrary<infer N> ? N : never;

function conference(i: number, n: NoteShape): ConferenceRecord {
  return {
    ...EMPTY_CONFERENCE,
    ...base,
    id: `n${String(i).padStart(3, '0')}`,
    classId: n.elsewhere ? 'hall' : 'room',
    at: new Date(2026, 10, n.day, 9, n.minute).toISOString(),
    studentIds: n.students.map((s) => `s${s}`),
    [n.field]: n.words.join(i % 2 === 0 ? ' ' : ', '),
    type: n.type,
    lenses: n.lenses,
    goalIds: n.goals,
    deleted: n.deleted ? 1 : 0,
  };
}

describe('the word index’s count', () => {
  it('has one key in a typed word’s ranges for each note with a word beginning with it', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...VOCABULARY))), aTypedWord, (notes, typed) => {
        const prefix = searchWords(typed)[0] ?? 'a';
        const rows = notes.map((words, i) =>
          noteTextOf({
            ...EMPTY_CONFERENCE,
            ...base,
            id: `n${i}`,
            classId: '',
            at: '',
            studentIds: [],
            note: words.join(' '),
          }),
        );
        const keys = rows.flatMap((row) => wordEntriesOf(row, () => [], '0'));
        const inRanges = prefixRanges('0', prefix).flatMap(([lower, upper]) =>
          keys.filter((k) => k >= lower && k <= upper),
        );
        const cut = prefix.slice(0, 32);
        const expected = rows.filter((r) => r.words.split(' ').some((w) => w.slice(0, 32).startsWith(cut)));
        expect(inRanges.length).toBe(expected.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the word index’s keys', () => {
  it('give back each note’s time and id as written, whatever their form', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
          fc.string(),
        ),
        fc.oneof(fc.uuid(), fc.string({ minLength: 1 })),
        (at, id) => {
          fc.pre(!at.includes('\u0000') && !id.includes('\u0000'));
          expect(noteOfRowKey(rowKeyOf({ at, id }))).toEqual({ at, id });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('Search’s answer from the word index', () => {
  it('is the scan’s answer, on random notes, names, edits and searches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(aNote, { maxLength: 40 }),
        fc.shuffledSubarray(NAMES, { minLength: 4, maxLength: 4 }),
        fc.array(anEdit, { maxLength: 3 }),
        fc.array(aSearch, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(1, 3, 200),
        async (notes, names, edits, searches, limit) => {
          const store = freshStore();
          const { db } = store;
          await db.classes.put({
            ...base,
            id: 'room',
            name: 'Room 12',
            gradeBand: '3-8',
            schoolYear: '2026-2027',
            archived: 0,
            position: 0,
          });
          await db.students.bulkPut(names.map((name, i) => student(i, name)));
          const saved = notes.map((n, i) => conference(i, n));
          await db.conferences.bulkPut(saved);
          for (const edit of edits) {
            if ('rename' in edit) await db.students.update(`s${edit.rename}`, { name: edit.to });
            else if ('drop' in edit) await db.students.update(`s${edit.drop}`, { deleted: 1 });
            else if (saved.length > 0) {
              const n = 'edit' in edit ? edit.edit : 'remove' in edit ? edit.remove : edit.move;
              const note = saved[n % saved.length] as ConferenceRecord;
              await db.conferences.update(
                note.id,
                'edit' in edit
                  ? { note: edit.words.join(' ') }
                  : 'remove' in edit
                    ? { deleted: 1 }
                    : { at: new Date(2026, 10, edit.day, 10).toISOString() },
              );
            }
          }
          await expectIndexInStep(store);
          for (const filters of searches) {
            const answer = await indexAnswer(store, 'room', filters, limit);
            expect(answer, JSON.stringify(filters)).toEqual(await scanAnswer(store, 'room', filters, limit));
          }
          db.close();
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('is the scan’s answer where the newest notes are read a window at a time, or given up for the keys', async () => {
    const store = freshStore();
    const { db } = store;
    await db.students.bulkPut([student(0, 'Ana Lima')]);
    // 3,000 notes, oldest first: every other one speaks of a zoo (the newest rows find enough of them
    // in two windows), the newest 100 of a zebra (few: read by their keys), the oldest 1,000 of quiet
    // (none among the newest: the walk gives up for the keys), and all of them of a lead.
    const words = (i: number) =>
      ['lead', i % 2 === 0 ? 'zoo' : '', i >= 2_900 ? 'zebra' : '', i < 1_000 ? 'quiet' : ''].join(' ');
    await db.conferences.bulkPut(
      Array.from({ length: 3_000 }, (_, i) => ({
        ...EMPTY_CONFERENCE,
        ...base,
        id: `n${String(i).padStart(4, '0')}`,
        classId: 'room',
        at: new Date(2026, 0, 1 + Math.floor(i / 10), 9, i % 10).toISOString(),
        studentIds: ['s0'],
        note: words(i),
      })),
    );
    for (const text of ['zoo', 'zeb', 'lead', 'quiet', 'ana', 'zo le']) {
      const answer = await indexAnswer(store, 'room', { text }, 200);
      expect(answer, text).toEqual(await scanAnswer(store, 'room', { text }, 200));
    }
    expect((await indexAnswer(store, 'room', { text: 'zoo' }, 200)).total).toBe(1_500);
    expect((await indexAnswer(store, 'room', { text: 'quiet' }, 200)).ids[0]).toBe('n0999');
  }, 60_000);
});
