// What Search needs of every note, kept beside it: its words folded once, when the note is written (not
// at each search), with the fields Search filters on. A Dexie middleware keeps it in step with the
// conferences store inside the same transaction, whatever writes (a save, an edit, sync, a restore, a
// class removed), so it can never disagree with the notes: one row per conference row, a deleted note's
// marked deleted (so the two stores' counts match, and Search can check them: noteTextsOfClass). Local only.
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import { fold } from '../protocol/words.ts';
import type { ConferenceRecord } from './records.ts';

export interface NoteTextRow {
  id: string;
  classId: string;
  at: string;
  /** research, strength, teaching point, next step and note, folded (accents and case ignored). */
  text: string;
  studentIds: string[];
  goalIds: string[];
  type: ConferenceRecord['type'];
  lenses: ConferenceRecord['lenses'];
  /** As written: what a result shows. */
  teachingPoint: string;
  nextStep: string;
  deleted: 0 | 1;
}

export const NOTE_TEXT_STORE = 'noteText';

/** The row Search keeps for a note. */
export function noteTextOf(c: ConferenceRecord): NoteTextRow {
  return {
    id: c.id,
    classId: c.classId,
    at: c.at,
    text: fold([c.research, c.compliment, c.teachingPoint, c.nextStep, c.note].join('\n')),
    studentIds: c.studentIds,
    goalIds: c.goalIds,
    type: c.type,
    lenses: c.lenses,
    teachingPoint: c.teachingPoint,
    nextStep: c.nextStep,
    deleted: c.deleted,
  };
}

function keepTexts(texts: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown> {
  const trans = req.trans;
  if (req.type === 'deleteRange') return texts.mutate({ type: 'deleteRange', trans, range: req.range });
  if (req.type === 'delete') return texts.mutate({ type: 'delete', trans, keys: req.keys });
  return texts.mutate({ type: 'put', trans, values: (req.values as ConferenceRecord[]).map(noteTextOf) });
}

/**
 * Every read-write transaction over the conferences also covers their texts, and every write to a
 * conference writes its text in the same transaction (all or nothing, like the note itself).
 */
export const noteTextMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'noteText',
  create(down) {
    // Before version 6 (during an upgrade from an older one) there is no store to keep.
    const kept = down.schema.tables.some((t) => t.name === NOTE_TEXT_STORE);
    if (!kept) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes('conferences') && !stores.includes(NOTE_TEXT_STORE)
            ? [...stores, NOTE_TEXT_STORE]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'conferences') return table;
        const texts = down.table(NOTE_TEXT_STORE);
        return {
          ...table,
          // Dexie's own promise: a native one between two requests let the transaction commit early.
          mutate(req): Promise<DBCoreMutateResponse> {
            return Dexie.Promise.all([table.mutate(req), keepTexts(texts, req)]).then(([result]) => result);
          },
        };
      },
    };
  },
};
