// Keeps Search's rows (noteText.ts) and word index (wordIndex.ts) in step with the notes and the names,
// inside the same transaction as every write to a conference or a student, whatever writes it (a save,
// an edit, a delete, sync, a restore, a class removed): a Dexie middleware, so no write path can skip it.
// A note's keys are worked out from what the index held for it (its kept row and its students' names as
// they were) and from what it holds now; only the difference is written, so an edit touches few keys.
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
import { NOTE_TEXT_STORE, type NoteTextRow, noteTextOf } from './noteText.ts';
import type { ConferenceRecord, StudentRecord } from './records.ts';
import {
  CLASS_CODES,
  type ClassCodes,
  keyChanges,
  type NameWords,
  NOTE_WORDS_STORE,
  namesFrom,
  nameWordsOf,
  withCode,
  wordKeysOf,
} from './wordIndex.ts';

type Student = Pick<StudentRecord, 'id' | 'classId' | 'name' | 'deleted'>;

interface Stores {
  texts: DBCoreTable;
  words: DBCoreTable;
  students: DBCoreTable;
  meta: DBCoreTable;
}

/**
 * What each transaction has read or written of the names and the class codes (a page of sync writes
 * notes one at a time, and each would read the same again: every write to them passes through here, so
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

function namesOf(stores: Stores, trans: DBCoreTransaction, ids: readonly string[]): Promise<NameWords> {
  const { students } = keptIn(trans);
  const missing = [...new Set(ids)].filter((id) => !students.has(id));
  const read = missing.length > 0 ? stores.students.getMany({ trans, keys: missing }) : resolved([]);
  return read.then((found: (Student | undefined)[]) => {
    missing.forEach((id, i) => {
      students.set(id, found[i]);
    });
    return namesFrom(ids.map((id) => students.get(id)));
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
 * The index's writes for notes going from `before` to `after` (undefined: none), with a code for the
 * class of every note that has keys after.
 */
function writeKeys(
  stores: Stores,
  trans: DBCoreTransaction,
  notes: readonly { before: NoteTextRow | undefined; after: NoteTextRow | undefined }[],
  names: { before: NameWords; after: NameWords },
): Promise<unknown>[] {
  const state = keptIn(trans);
  const codesBefore = state.codes ?? {};
  let codes = codesBefore;
  const removed: string[] = [];
  const added: string[] = [];
  for (const { before, after } of notes) {
    const codeBefore = before ? codesBefore[before.classId] : undefined;
    if (after) codes = withCode(codes, after.classId);
    const change = keyChanges(
      before && codeBefore !== undefined ? wordKeysOf(before, names.before, codeBefore) : [],
      after ? wordKeysOf(after, names.after, codes[after.classId] as string) : [],
    );
    removed.push(...change.removed);
    added.push(...change.added);
  }
  const writes: Promise<unknown>[] = [];
  if (codes !== codesBefore) {
    state.codes = codes;
    const row: MetaRow = { key: CLASS_CODES, value: codes };
    writes.push(stores.meta.mutate({ type: 'put', trans, values: [row] }));
  }
  if (removed.length > 0) writes.push(stores.words.mutate({ type: 'delete', trans, keys: removed }));
  if (added.length > 0)
    writes.push(stores.words.mutate({ type: 'put', trans, keys: added, values: added.map(() => 0) }));
  return writes;
}

/** A write to the conferences: their rows and keys follow, from the rows kept before. */
function keepNotes(stores: Stores, req: DBCoreMutateRequest): Promise<unknown> {
  const { trans } = req;
  const written =
    req.type === 'add' || req.type === 'put'
      ? [...lastById(req.values as ConferenceRecord[]).values()].map(noteTextOf)
      : [];
  return keysOf(stores.texts, req).then((ids) =>
    Dexie.Promise.all([stores.texts.getMany({ trans, keys: ids }), codesOf(stores, trans)]).then(
      ([kept]: [(NoteTextRow | undefined)[], ClassCodes]) => {
        const after = new Map(written.map((row) => [row.id, row]));
        const studentIds = [...kept, ...written].flatMap((row) => row?.studentIds ?? []);
        return namesOf(stores, trans, studentIds).then((names) => {
          const notes = ids.map((id, i) => ({ before: kept[i], after: after.get(id) }));
          const rows =
            written.length > 0
              ? stores.texts.mutate({ type: 'put', trans, values: written })
              : stores.texts.mutate({ type: 'delete', trans, keys: ids });
          const keys = writeKeys(stores, trans, notes, { before: names, after: names });
          return Dexie.Promise.all([rows, ...keys]);
        });
      },
    ),
  );
}

/** What of a student the index holds: her name's words, in her class, while she is not deleted. */
function indexedAs(student: Student | undefined): string {
  return student && student.deleted === 0 ? `${student.classId}\u0000${nameWordsOf(student).join(' ')}` : '';
}

/**
 * A write to the students: where a name's words change (renamed, moved, deleted, arrived by sync after
 * her notes), the keys of her notes follow. Everything is read before the student is written.
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
      ids.forEach((id, i) => {
        students.set(id, before[i]);
      });
      const renamed = ids.filter((id, i) => indexedAs(before[i]) !== indexedAs(next.get(id)));
      const byStudent = stores.texts.schema.getIndexByKeyPath('studentIds');
      if (renamed.length === 0 || !byStudent) {
        for (const id of ids) students.set(id, next.get(id));
        return table.mutate(req);
      }
      const reads = renamed.map((id) => {
        const range: DBCoreKeyRange = { type: 1 as DBCoreKeyRange['type'], lower: id, upper: id };
        return stores.texts.query({ trans, values: true, query: { index: byStudent, range } });
      });
      return Dexie.Promise.all([Dexie.Promise.all(reads), codesOf(stores, trans)]).then(([found]) => {
        const notes = [...lastById(found.flatMap((r) => r.result as NoteTextRow[])).values()];
        const everyone = notes.flatMap((n) => n.studentIds);
        return namesOf(stores, trans, everyone).then((namesBefore) => {
          for (const id of ids) students.set(id, next.get(id));
          const namesAfter = namesFrom(everyone.map((id) => students.get(id)));
          const changes = notes.map((n) => ({ before: n, after: n }));
          const keys = writeKeys(stores, trans, changes, { before: namesBefore, after: namesAfter });
          return Dexie.Promise.all([table.mutate(req), ...keys]).then(
            ([result]) => result as DBCoreMutateResponse,
          );
        });
      });
    }),
  );
}

/**
 * Every read-write transaction over the conferences or the students also covers Search's rows, its
 * word index, the students' names and the class codes, and every write to them keeps those in step,
 * all or nothing.
 */
export const wordIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'wordIndex',
  create(down) {
    // During an upgrade from before version 7 there is nothing to keep yet: the upgrade builds it.
    const has = (name: string) => down.schema.tables.some((t) => t.name === name);
    if (!has(NOTE_TEXT_STORE) || !has(NOTE_WORDS_STORE)) return down;
    const widening = [NOTE_TEXT_STORE, NOTE_WORDS_STORE, 'students', 'meta'];
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
          texts: down.table(NOTE_TEXT_STORE),
          words: down.table(NOTE_WORDS_STORE),
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
