// Conferences: each is its own row (appended, not edited in place), so two devices logging conferences
// never collide. A group or table conference is one row listing several students.
import { InvalidInputError } from './errors.ts';
import type { ConferenceRecord, Fields } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export type ConferenceInput = Omit<Fields<'conferences'>, 'deleted' | 'at'> & { at?: string };

export const EMPTY_CONFERENCE: Omit<ConferenceInput, 'classId' | 'studentIds'> = {
  type: null,
  lenses: [],
  research: '',
  compliment: '',
  teachingPoint: '',
  tryIt: null,
  nextStep: '',
  goalIds: [],
  note: '',
  durationMs: null,
};

/**
 * Logs a conference with one or more students, and clears the sheet's draft and the students' open
 * sign-ups in the same transaction. Committed locally at once; syncs when online.
 */
export async function logConference(
  input: ConferenceInput & { draftKey?: string },
  store = appStore(),
): Promise<ConferenceRecord> {
  const { draftKey, ...fields } = input;
  if (fields.studentIds.length === 0) throw new InvalidInputError('Choose at least one student.');
  return mutate(
    store,
    ['conferences', 'signups'],
    async (write) => {
      const made = await write.create('conferences', {
        ...fields,
        at: fields.at ?? new Date().toISOString(),
        deleted: 0,
      });
      const signups = await store.db.signups.where('studentId').anyOf(fields.studentIds).toArray();
      for (const signup of signups) {
        if (signup.deleted === 0 && signup.clearedAt === null) {
          await write.update('signups', signup.id, { clearedAt: made.at });
        }
      }
      if (draftKey) await store.db.drafts.delete(draftKey);
      return made;
    },
    ['drafts'],
  );
}

export async function updateConference(
  id: string,
  fields: Partial<Omit<ConferenceInput, 'classId'>>,
  store = appStore(),
): Promise<void> {
  if (fields.studentIds && fields.studentIds.length === 0)
    throw new InvalidInputError('Choose at least one student.');
  await mutate(store, ['conferences'], (write) => write.update('conferences', id, fields));
}

/** Deletes as a tombstone, so the delete reaches her other devices. */
export async function deleteConference(id: string, store = appStore()): Promise<void> {
  await mutate(store, ['conferences'], (write) => write.remove('conferences', id));
}

/** A student's conferences, newest first. */
export function conferencesOf(studentId: string, store: Store = appStore()): Promise<ConferenceRecord[]> {
  return read(store, async () => {
    const rows = await store.db.conferences.where('studentIds').equals(studentId).toArray();
    return rows.filter((c) => c.deleted === 0).sort((a, b) => b.at.localeCompare(a.at));
  });
}

/** A class's conferences since a moment (ISO), newest first. */
export function conferencesSince(classId: string, since: string, store: Store = appStore()) {
  return read(store, async () => {
    const rows = await store.db.conferences
      .where('[classId+at]')
      .between([classId, since], [classId, '\uffff'])
      .reverse()
      .toArray();
    return rows.filter((c) => c.deleted === 0);
  });
}

/** Every conference of a class, oldest first (the class record grid and coverage chart read these). */
export function conferencesOfClass(classId: string, store: Store = appStore()): Promise<ConferenceRecord[]> {
  return read(store, async () => {
    const rows = await store.db.conferences
      .where('[classId+at]')
      .between([classId, ''], [classId, '\uffff'])
      .toArray();
    return rows.filter((c) => c.deleted === 0);
  });
}
