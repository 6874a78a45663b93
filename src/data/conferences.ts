// Conferences: each is its own row, so two devices logging conferences never collide; an edit later
// changes its fields (field by field, like any record) and a delete is a tombstone. A group or table
// conference is one row listing several students.
import { InvalidInputError } from './errors.ts';
import { goalsFor } from './goals.ts';
import { byCodeUnit } from './order.ts';
import type { AttachmentInput, ConferenceRecord, Fields } from './records.ts';
import { appStore, type Store } from './store.ts';
import { checkTextLengths } from './validate.ts';
import { mutate, read } from './write.ts';

export type ConferenceInput = Omit<Fields<'conferences'>, 'deleted' | 'at'> & { at?: string };

/** A pattern's goal picked on the sheet: set with the save, in the same transaction, and linked. */
export interface GoalWithSave {
  text: string;
  patternId: string | null;
}

/** How a save goes beyond the conference's own fields. */
interface SaveExtras {
  /** The sheet's draft, removed in the same transaction. */
  draftKey?: string;
  attachments?: readonly AttachmentInput[];
  newGoal?: GoalWithSave | null;
}

const FIELD_WORDS: Record<string, string> = {
  research: 'what the child said',
  compliment: 'strength named',
  teachingPoint: 'teaching point',
  nextStep: 'next step',
  note: 'note',
};

function checkConferenceText(fields: object): void {
  const tooLong = checkTextLengths(fields as Record<string, unknown>, FIELD_WORDS);
  if (tooLong) throw new InvalidInputError(`${tooLong} Nothing was saved.`);
}

export const EMPTY_CONFERENCE: Omit<ConferenceInput, 'classId' | 'studentIds'> = {
  type: null,
  lenses: [],
  research: '',
  childGoal: '',
  compliment: '',
  teachingPoint: '',
  tryIt: null,
  nextStep: '',
  goalIds: [],
  note: '',
  durationMs: null,
};

function withGoals(ids: readonly string[], goals: readonly { id: string }[]): string[] {
  return [...new Set([...ids, ...goals.map((g) => g.id)])];
}

/**
 * Logs a conference with one or more students, and clears the sheet's draft and the students' open
 * sign-ups in the same transaction. Committed locally at once; syncs when online.
 */
const savedListeners = new Set<(conference: ConferenceRecord) => void>();

/**
 * Hears every conference this device logs, the moment it is committed (before any query re-reads): a
 * screen that keeps a view of the notes (the week's grid) shows it on its next frame. Answers a stop.
 */
export function onConferenceLogged(listener: (conference: ConferenceRecord) => void): () => void {
  savedListeners.add(listener);
  return () => savedListeners.delete(listener);
}

export async function logConference(
  input: ConferenceInput & SaveExtras,
  store = appStore(),
): Promise<ConferenceRecord> {
  const saved = await logConferenceOnly(input, store);
  for (const listener of savedListeners) listener(saved);
  return saved;
}

async function logConferenceOnly(
  input: ConferenceInput & SaveExtras,
  store: Store,
): Promise<ConferenceRecord> {
  const { draftKey, attachments = [], newGoal, ...fields } = input;
  if (fields.studentIds.length === 0) throw new InvalidInputError('Choose at least one student.');
  checkConferenceText(fields);
  return mutate(
    store,
    ['conferences', 'signups', 'attachments', 'goals'],
    async (write) => {
      const goalIds = newGoal
        ? withGoals(fields.goalIds, await goalsFor(write, store, { ...newGoal, ...fields }))
        : fields.goalIds;
      // The requests that do not wait on each other go together (one wait, not one each).
      const [made, signups] = await Promise.all([
        write.create('conferences', {
          ...fields,
          goalIds,
          at: fields.at ?? new Date().toISOString(),
          deleted: 0,
        }),
        store.db.signups.where('studentId').anyOf(fields.studentIds).toArray(),
        draftKey ? store.db.drafts.delete(draftKey) : undefined,
        draftKey ? store.db.recordings.where('draftKey').equals(draftKey).delete() : undefined,
      ]);
      await Promise.all([
        // Its recording and photos (their bytes are kept already, under their hash).
        ...attachments.map((attachment) =>
          write.create('attachments', { ...attachment, conferenceId: made.id, deleted: 0 }),
        ),
        ...signups
          .filter((signup) => signup.deleted === 0 && signup.clearedAt === null)
          .map((signup) => write.update('signups', signup.id, { clearedAt: made.at })),
      ]);
      return made;
    },
    ['drafts', 'recordings'],
  );
}

export async function updateConference(
  id: string,
  changes: Partial<Omit<ConferenceInput, 'classId'>> & SaveExtras,
  store = appStore(),
): Promise<void> {
  const { draftKey, attachments = [], newGoal, ...fields } = changes;
  if (fields.studentIds && fields.studentIds.length === 0) {
    throw new InvalidInputError('Choose at least one student.');
  }
  checkConferenceText(fields);
  await mutate(
    store,
    ['conferences', 'attachments', 'goals'],
    async (write) => {
      if (newGoal) {
        const conference = await store.db.conferences.get(id);
        if (!conference || conference.deleted === 1)
          throw new InvalidInputError('That conference no longer exists.');
        const studentIds = fields.studentIds ?? conference.studentIds;
        const goals = await goalsFor(write, store, { ...newGoal, classId: conference.classId, studentIds });
        fields.goalIds = withGoals(fields.goalIds ?? conference.goalIds, goals);
      }
      await write.update('conferences', id, fields);
      for (const attachment of attachments)
        await write.create('attachments', { ...attachment, conferenceId: id, deleted: 0 });
      if (draftKey) {
        await store.db.drafts.delete(draftKey);
        await store.db.recordings.where('draftKey').equals(draftKey).delete();
      }
    },
    ['drafts', 'recordings'],
  );
}

export function getConference(id: string, store: Store = appStore()): Promise<ConferenceRecord | undefined> {
  return read(store, async () => {
    const found = await store.db.conferences.get(id);
    return found && found.deleted === 0 ? found : undefined;
  });
}

/** Deletes as a tombstone, so the delete reaches her other devices. */
export async function deleteConference(id: string, store = appStore()): Promise<void> {
  await mutate(store, ['conferences'], (write) => write.remove('conferences', id));
}

/** How many saved conferences each of these goals has (the one being edited left out). */
export function conferenceCountsByGoal(
  goalIds: readonly string[],
  except: string | null = null,
  store: Store = appStore(),
): Promise<Record<string, number>> {
  return read(store, async () => {
    const counts: Record<string, number> = {};
    if (goalIds.length === 0) return counts;
    const rows = await store.db.conferences
      .where('goalIds')
      .anyOf([...goalIds])
      .distinct()
      .toArray();
    for (const row of rows) {
      if (row.deleted === 1 || row.id === except) continue;
      for (const id of row.goalIds) if (goalIds.includes(id)) counts[id] = (counts[id] ?? 0) + 1;
    }
    return counts;
  });
}

/** A student's conferences, newest first. */
export function conferencesOf(studentId: string, store: Store = appStore()): Promise<ConferenceRecord[]> {
  return read(store, async () => {
    const rows = await store.db.conferences.where('studentIds').equals(studentId).toArray();
    return rows.filter((c) => c.deleted === 0).sort((a, b) => byCodeUnit(b.at, a.at));
  });
}

/** A class's conferences since a moment (ISO), newest first. */
export function conferencesSince(classId: string, since: string, store: Store = appStore()) {
  return read(store, async () => {
    // Forwards, turned around here: a forward range is one getAll, a reverse one a cursor step per row.
    const rows = await store.db.conferences
      .where('[classId+at]')
      .between([classId, since], [classId, '\uffff'])
      .toArray();
    return rows.filter((c) => c.deleted === 0).reverse();
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

/** How many of a class's newest conferences to walk before asking student by student. */
const RECENT_WINDOW = 400;

/**
 * The latest conference of each given student. Walks the class's newest conferences first (that finds
 * almost everyone), then asks the index for the few not found: instant even with years of notes.
 */
export function latestConferences(
  classId: string,
  studentIds: readonly string[],
  store: Store = appStore(),
): Promise<Map<string, ConferenceRecord>> {
  return read(store, async () => {
    const wanted = new Set(studentIds);
    const latest = new Map<string, ConferenceRecord>();
    let walked = 0;
    // A cursor from the newest, stopped as soon as everyone is found: a few dozen rows, not thousands.
    await store.db.conferences
      .where('[classId+at]')
      .between([classId, ''], [classId, '\uffff'])
      .reverse()
      .until(() => latest.size === wanted.size || walked >= RECENT_WINDOW)
      .each((conference) => {
        walked += 1;
        if (conference.deleted === 1) return;
        for (const id of conference.studentIds)
          if (wanted.has(id) && !latest.has(id)) latest.set(id, conference);
      });
    for (const id of wanted) {
      if (latest.has(id)) continue;
      const theirs = await store.db.conferences.where('studentIds').equals(id).toArray();
      const newest = theirs.filter((c) => c.deleted === 0).sort((a, b) => byCodeUnit(b.at, a.at))[0];
      if (newest) latest.set(id, newest);
    }
    return latest;
  });
}
