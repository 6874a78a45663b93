// Builds Search's rows and word index from the notes and names already kept: once, in the schema upgrade
// that brings the index (db.ts, version 7), and for a class whose rows ever disagree with its notes in
// number (keepInStep, before Search reads a class). A few thousand notes at a time, so that a teacher's
// years never sit in memory twice.
import type { Table } from 'dexie';
import { NOTE_TEXT_STORE, noteTextOf } from './noteText.ts';
import type { ConferenceRecord, StudentRecord } from './records.ts';
import type { Store } from './store.ts';
import {
  CLASS_CODES,
  type ClassCodes,
  classRange,
  NOTE_WORDS_STORE,
  namesFrom,
  withCode,
  wordKeysOf,
} from './wordIndex.ts';

/** A Dexie transaction (in an upgrade) or the database inside a transaction over these tables. */
interface Tables {
  table(name: string): Table;
}

const BATCH = 2_000;

async function classCodes(tables: Tables): Promise<ClassCodes> {
  return ((await tables.table('meta').get(CLASS_CODES))?.value as ClassCodes | undefined) ?? {};
}

async function writeRows(
  tables: Tables,
  notes: readonly ConferenceRecord[],
  students: StudentRecord[],
  codes: ClassCodes,
): Promise<void> {
  const names = namesFrom(students);
  let coded = codes;
  for (const note of notes) coded = withCode(coded, note.classId);
  if (coded !== codes) await tables.table('meta').put({ key: CLASS_CODES, value: coded });
  for (let i = 0; i < notes.length; i += BATCH) {
    const rows = notes.slice(i, i + BATCH).map(noteTextOf);
    const keys = rows.flatMap((row) => wordKeysOf(row, names, coded[row.classId] as string));
    await tables.table(NOTE_TEXT_STORE).bulkPut(rows);
    await tables.table(NOTE_WORDS_STORE).bulkPut(
      keys.map(() => 0),
      keys,
    );
  }
}

/** Every note's row and keys, made again from nothing. */
export async function buildWordIndex(tables: Tables): Promise<void> {
  const notes = (await tables.table('conferences').toArray()) as ConferenceRecord[];
  const students = (await tables.table('students').toArray()) as StudentRecord[];
  await tables.table(NOTE_TEXT_STORE).clear();
  await tables.table(NOTE_WORDS_STORE).clear();
  await writeRows(tables, notes, students, await classCodes(tables));
}

/** A class's rows in the [classId+at] index, from its oldest to its newest. */
export const ofClass = (classId: string) =>
  [
    [classId, ''],
    [classId, '\uffff'],
  ] as const;

/** One class's rows and keys, made again from its notes (call inside a read-write transaction). */
export async function rebuildClassIndex(tables: Tables, classId: string): Promise<void> {
  const notes = (await tables
    .table('conferences')
    .where('[classId+at]')
    .between(...ofClass(classId))
    .toArray()) as ConferenceRecord[];
  const students = (await tables
    .table('students')
    .where('classId')
    .equals(classId)
    .toArray()) as StudentRecord[];
  await tables
    .table(NOTE_TEXT_STORE)
    .where('[classId+at]')
    .between(...ofClass(classId))
    .delete();
  const codes = await classCodes(tables);
  const code = codes[classId];
  if (code !== undefined) {
    const [lower, upper] = classRange(code);
    await tables.table(NOTE_WORDS_STORE).where(':id').between(lower, upper, true, true).delete();
  }
  await writeRows(tables, notes, students, codes);
}

/** The classes found in step on each store: every write keeps them so, and a class is checked once. */
const inStep = new WeakMap<Store, Set<string>>();

/**
 * The two stores hold one row per note; should they ever differ in number for a class (notes that
 * reached the database some other way), its rows and keys are made again from its notes first.
 */
export async function keepInStep(classId: string, store: Store): Promise<void> {
  const { db } = store;
  const checked = inStep.get(store) ?? new Set<string>();
  inStep.set(store, checked);
  if (checked.has(classId)) return;
  const [notes, rows] = await Promise.all([
    db.conferences
      .where('[classId+at]')
      .between(...ofClass(classId))
      .count(),
    db.noteText
      .where('[classId+at]')
      .between(...ofClass(classId))
      .count(),
  ]);
  if (notes !== rows)
    await db.transaction('rw', [db.conferences, db.students, db.noteText, db.noteWords, db.meta], () =>
      rebuildClassIndex(db, classId),
    );
  checked.add(classId);
}
