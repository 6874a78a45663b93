// Keeps Search's rows and word index (noteText.ts, wordIndex.ts) in step with the notes and the names,
// inside the same transaction as every write to a conference or a student, whatever writes it (a save,
// an edit, a delete, sync, a restore, a class removed): a Dexie middleware, so no write path can skip it.
// A note's row is written whole with its index entries; IndexedDB replaces the row's old entries itself.
import Dexie, {
  type DBCore,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import type { MetaRow } from './localRows.ts';
import { type IndexedNote, NOTE_INDEX_STORE, type NoteTextRow, noteTextOf } from './noteText.ts';
import type { ConferenceRecord, StudentRecord } from './records.ts';
import { CLASS_CODES, type ClassCodes, indexedNote, namesFrom, nameWordsOf, withCode } from './wordIndex.ts';

type Student = Pick<StudentRecord, 'id' | 'classId' | 'name' | 'deleted'>;

interface Stores {
  rows: DBCoreTable;
  students: DBCoreTable;
  meta: DBCoreTable;
}

/**
 * What each transaction has read or written of the names and the class codes (a page of sync writes
 * notes one at a time, and each would read the same again; every write to them passes through here, so
 * it stays true), and its index work so far: one write after another, so that two writes to one note
 * sent together do not both start from the row as it was before either.
 */
interface Kept {
  students: Map<string, Student | undefined>;
  codes: ClassCodes | null;
  queue: Promise<unknown>;
}

/** Dexie's own promise throughout: a native one between two requests let the transaction commit early. */
const resolved = <T>(value: T) => Dexie.Promise.resolve(value) as Promise<T>;

const kept = new WeakMap<DBCoreTransaction, Kept>();

function keptIn(trans: DBCoreTransaction): Kept {
  let found = kept.get(trans);
  if (!found) {
    found = { students: new Map(), codes: null, queue: resolved(undefined) };
    kept.set(trans, found);
  }
  return found;
}

function inTurn<T>(trans: DBCoreTransaction, work: () => Promise<T>): Promise<T> {
  const state = keptIn(trans);
  const mine = state.queue.then(work, work);
  state.queue = mine.then(
    () => undefined,
    () => undefined,
  );
  return mine;
}

/** The last value written under each key (a batch may write one record twice). */
function lastById<T extends { id: string }>(values: readonly T[]): Map<string, T> {
  return new Map(values.map((v) => [v.id, v]));
}

/** The keys a write touches: given, or (a range) read first. */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): Promise<string[]> {
  if (req.type === 'delete') return resolved(req.keys as string[]);
  if (req.type === 'deleteRange')
    return table
      .query({ trans: req.trans, values: false, query: { index: table.schema.primaryKey, range: req.range } })
      .then((found) => found.result as string[]);
  return resolved([...lastById(req.values as { id: string }[]).keys()]);
}

const equal = (key: string): DBCoreKeyRange => ({
  type: 1 as DBCoreKeyRange['type'],
  lower: key,
  upper: key,
});

function rowsIn(stores: Stores, trans: DBCoreTransaction, range: DBCoreKeyRange): Promise<IndexedNote[]> {
  const byId = stores.rows.schema.getIndexByKeyPath('id');
  if (!byId) throw new Error("Search's rows have no index on id.");
  return stores.rows
    .query({ trans, values: true, query: { index: byId, range } })
    .then((found) => found.result as IndexedNote[]);
}

/** Rows found by an index of the rows' store, one query per key. */
function rowsBy(stores: Stores, trans: DBCoreTransaction, index: string, keys: readonly string[]) {
  const by = stores.rows.schema.getIndexByKeyPath(index);
  if (!by) throw new Error(`Search's rows have no index on ${index}.`);
  return Dexie.Promise.all(
    keys.map((key) => stores.rows.query({ trans, values: true, query: { index: by, range: equal(key) } })),
  ).then((found) => [...lastById(found.flatMap((r) => r.result as IndexedNote[])).values()]);
}

function studentsOf(stores: Stores, trans: DBCoreTransaction, ids: readonly string[]): Promise<void> {
  const { students } = keptIn(trans);
  const missing = [...new Set(ids)].filter((id) => !students.has(id));
  if (missing.length === 0) return resolved(undefined);
  return stores.students.getMany({ trans, keys: missing }).then((found: (Student | undefined)[]) => {
    missing.forEach((id, i) => {
      students.set(id, found[i]);
    });
  });
}

function codesOf(stores: Stores, trans: DBCoreTransaction): Promise<ClassCodes> {
  const state = keptIn(trans);
  if (state.codes) return resolved(state.codes);
  return stores.meta.get({ trans, key: CLASS_CODES }).then((row: MetaRow | undefined) => {
    state.codes ??= (row?.value as ClassCodes | undefined) ?? {};
    return state.codes;
  });
}

/**
 * Writes these notes' rows with their entries from the names as this transaction now has them (read
 * first), giving a class its code the first time; removes the rows that `gone` names, when their key
 * is not one written (a note whose time changed has a new key).
 */
function writeRows(
  stores: Stores,
  trans: DBCoreTransaction,
  rows: readonly NoteTextRow[],
  gone: readonly IndexedNote[],
): Promise<unknown> {
  return Dexie.Promise.all([
    studentsOf(
      stores,
      trans,
      rows.flatMap((r) => r.studentIds),
    ),
    codesOf(stores, trans),
  ]).then(() => {
    const state = keptIn(trans);
    const names = namesFrom(rows.flatMap((r) => r.studentIds).map((id) => state.students.get(id)));
    const before = state.codes ?? {};
    let codes = before;
    for (const row of rows) codes = withCode(codes, row.classId);
    const written = rows.map((row) => indexedNote(row, names, codes[row.classId] as string));
    const keys = new Set(written.map((r) => r.key));
    const stale = gone.map((r) => r.key).filter((key) => !keys.has(key));
    const writes: Promise<unknown>[] = [];
    if (codes !== before) {
      state.codes = codes;
      const row: MetaRow = { key: CLASS_CODES, value: codes };
      writes.push(stores.meta.mutate({ type: 'put', trans, values: [row] }));
    }
    if (stale.length > 0) writes.push(stores.rows.mutate({ type: 'delete', trans, keys: stale }));
    if (written.length > 0) writes.push(stores.rows.mutate({ type: 'put', trans, values: written }));
    return Dexie.Promise.all(writes);
  });
}

/** A write to the conferences: their rows follow (each note's old row found by its id). */
function keepNotes(stores: Stores, req: DBCoreMutateRequest): Promise<unknown> {
  const { trans } = req;
  const written =
    req.type === 'add' || req.type === 'put'
      ? [...lastById(req.values as ConferenceRecord[]).values()].map(noteTextOf)
      : [];
  // A range of notes is read from the rows (the notes themselves may be gone by the time it is read).
  const before =
    req.type === 'deleteRange'
      ? rowsIn(stores, trans, req.range)
      : rowsBy(
          stores,
          trans,
          'id',
          req.type === 'delete' ? (req.keys as string[]) : written.map((r) => r.id),
        );
  // The names and codes the new rows need are read beside the old rows: one wait, not two, in a save.
  const names = studentsOf(
    stores,
    trans,
    written.flatMap((r) => r.studentIds),
  );
  return Dexie.Promise.all([before, names, codesOf(stores, trans)]).then(([rows]) =>
    writeRows(stores, trans, written, rows),
  );
}

/** What of a student the index holds: her name's words, in her class, while she is not deleted. */
function indexedAs(student: Student | undefined): string {
  return student && student.deleted === 0 ? `${student.classId}\u0000${nameWordsOf(student).join(' ')}` : '';
}

/**
 * A write to the students: where a name's words change (renamed, moved, deleted, arrived by sync after
 * her notes), her notes' rows are written again with the new name. Read before the student is written.
 */
function keepNames(
  stores: Stores,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const { trans } = req;
  const next =
    req.type === 'add' || req.type === 'put' ? lastById(req.values as Student[]) : new Map<string, Student>();
  const { students } = keptIn(trans);
  return keysOf(table, req).then((ids) =>
    table.getMany({ trans, keys: ids }).then((before: (Student | undefined)[]) => {
      const renamed = ids.filter((id, i) => indexedAs(before[i]) !== indexedAs(next.get(id)));
      for (const id of ids) students.set(id, next.get(id));
      if (renamed.length === 0) return table.mutate(req);
      return rowsBy(stores, trans, 'studentIds', renamed).then((notes) =>
        Dexie.Promise.all([table.mutate(req), writeRows(stores, trans, notes, [])]).then(
          ([result]) => result as DBCoreMutateResponse,
        ),
      );
    }),
  );
}

/**
 * Every read-write transaction over the conferences or the students also covers Search's rows, the
 * students' names and the class codes, and every write to them keeps those in step, all or nothing.
 */
export const wordIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'wordIndex',
  create(down) {
    // During an upgrade from before version 7 there is nothing to keep yet: the upgrade builds it.
    if (!down.schema.tables.some((t) => t.name === NOTE_INDEX_STORE)) return down;
    const widening = [NOTE_INDEX_STORE, 'students', 'meta'];
    return {
      ...down,
      transaction(stores, mode, options) {
        const writes =
          mode === 'readwrite' && (stores.includes('conferences') || stores.includes('students'));
        const widened = writes ? [...new Set([...stores, ...widening])] : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'conferences' && name !== 'students') return table;
        const stores: Stores = {
          rows: down.table(NOTE_INDEX_STORE),
          students: down.table('students'),
          meta: down.table('meta'),
        };
        return {
          ...table,
          mutate(req): Promise<DBCoreMutateResponse> {
            if (name === 'students') return inTurn(req.trans, () => keepNames(stores, table, req));
            const notes = inTurn(req.trans, () => keepNotes(stores, req));
            return Dexie.Promise.all([table.mutate(req), notes]).then(([result]) => result);
          },
        };
      },
    };
  },
};
