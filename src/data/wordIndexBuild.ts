// Builds Search's rows and word index from the notes and names already kept: once, in the schema upgrade
// that brings the index (db.ts, version 7), and for a class whose rows ever disagree with its notes in
// number (keepInStep, before Search reads a class). A few thousand notes at a time, so that a teacher's
// years never sit in memory twice.
import type { Table } from 'dexie';
import { NOTE_INDEX_STORE, noteTextOf } from './noteText.ts';
import type { ConferenceRecord, StudentRecord } from './records.ts';
import { CLASS_CODES, type ClassCodes, indexedNote, namesFrom, withCode } from './wordIndex.ts';

/** A Dexie transaction (in an upgrade) or the database inside a transaction over these tables. */
interface Tables {
  table(name: string): Table;
}

const BATCH = 2_000;

async function classCodes(tables: Tables): Promise<ClassCodes> {
  return ((await tables.table('meta').get(CLASS_CODES))?.value as ClassCodes | undefined) ?? {};
}

async function writeRows(tables: Tables, notes: readonly ConferenceRecord[], students: StudentRecord[]) {
  const names = namesFrom(students);
  const codes = await classCodes(tables);
  let coded = codes;
  for (const note of notes) coded = withCode(coded, note.classId);
  if (coded !== codes) await tables.table('meta').put({ key: CLASS_CODES, value: coded });
  for (let i = 0; i < notes.length; i += BATCH)
    await tables
      .table(NOTE_INDEX_STORE)
      .bulkPut(
        notes
          .slice(i, i + BATCH)
          .map((note) => indexedNote(noteTextOf(note), names, coded[note.classId] as string)),
      );
}

/** Every note's row, made again from nothing. */
export async function buildWordIndex(tables: Tables): Promise<void> {
  const notes = (await tables.table('conferences').toArray()) as ConferenceRecord[];
  const students = (await tables.table('students').toArray()) as StudentRecord[];
  await tables.table(NOTE_INDEX_STORE).clear();
  await writeRows(tables, notes, students);
}

/** A class's rows in the [classId+at] index, from its oldest to its newest. */
export const ofClass = (classId: string) =>
  [
    [classId, ''],
    [classId, '\uffff'],
  ] as const;

/** One class's rows, made again from its notes (call inside a read-write transaction). */
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
    .table(NOTE_INDEX_STORE)
    .where('[classId+at]')
    .between(...ofClass(classId))
    .delete();
  await writeRows(tables, notes, students);
}
