// Builds Search's rows and word index from the notes and names already kept: once, in the schema upgrade
// that brings the index (db.ts, version 7), and for a class whose rows ever disagree with its notes
// (searchRows.ts). A few thousand notes at a time, so that a teacher's years never sit in memory twice.
import type { Table } from 'dexie';
import { NOTE_TEXT_STORE, noteTextOf } from './noteText.ts';
import type { ConferenceRecord, StudentRecord } from './records.ts';
import { classRange, NOTE_WORDS_STORE, namesFrom, wordKeysOf } from './wordIndex.ts';

/** A Dexie transaction (in an upgrade) or the database inside a transaction over these tables. */
interface Tables {
  table(name: string): Table;
}

const BATCH = 2_000;

async function writeRows(tables: Tables, notes: readonly ConferenceRecord[], students: StudentRecord[]) {
  const names = namesFrom(students);
  for (let i = 0; i < notes.length; i += BATCH) {
    const rows = notes.slice(i, i + BATCH).map(noteTextOf);
    const keys = rows.flatMap((row) => wordKeysOf(row, names));
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
  await writeRows(tables, notes, students);
}

/** One class's rows and keys, made again from its notes (call inside a read-write transaction). */
export async function rebuildClassIndex(tables: Tables, classId: string): Promise<void> {
  const ofClass = [
    [classId, ''],
    [classId, '\uffff'],
  ] as const;
  const notes = (await tables
    .table('conferences')
    .where('[classId+at]')
    .between(...ofClass)
    .toArray()) as ConferenceRecord[];
  const students = (await tables
    .table('students')
    .where('classId')
    .equals(classId)
    .toArray()) as StudentRecord[];
  await tables
    .table(NOTE_TEXT_STORE)
    .where('[classId+at]')
    .between(...ofClass)
    .delete();
  const [lower, upper] = classRange(classId);
  await tables.table(NOTE_WORDS_STORE).where(':id').between(lower, upper, true, true).delete();
  await writeRows(tables, notes, students);
}
