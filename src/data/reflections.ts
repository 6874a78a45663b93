// Her reflections on conferences (seed 001): five yes / not-yet questions and a note, one per conference,
// keyed by the conference's id so that two devices reflecting on it merge field by field.

import { byCodeUnit } from './order.ts';
import type {
  AttachmentRecord,
  ConferenceRecord,
  ReflectionAnswer,
  ReflectionQuestion,
  ReflectionRecord,
} from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

const EMPTY = {
  pacing: null,
  research: null,
  compliment: null,
  oneStrategy: null,
  bestPoint: null,
  note: '',
  deleted: 0,
} as const;

export function reflectionOf(
  conferenceId: string,
  store: Store = appStore(),
): Promise<ReflectionRecord | undefined> {
  return read(store, () => store.db.reflections.get(conferenceId));
}

/** The reflections on these conferences (those she reflected on). */
export function reflectionsOf(
  conferenceIds: readonly string[],
  store: Store = appStore(),
): Promise<ReflectionRecord[]> {
  return read(store, async () =>
    (await store.db.reflections.bulkGet([...conferenceIds])).filter(
      (r): r is ReflectionRecord => r !== undefined && r.deleted === 0,
    ),
  );
}

/** Sets some of a reflection's answers or its note; the first change creates it. */
export async function reflect(
  conferenceId: string,
  changes: Partial<Record<ReflectionQuestion, ReflectionAnswer>> & { note?: string },
  store: Store = appStore(),
): Promise<void> {
  await mutate(store, ['reflections'], async (write) => {
    const existing = await store.db.reflections.get(conferenceId);
    if (existing) await write.update('reflections', conferenceId, changes);
    else await write.put('reflections', conferenceId, { ...EMPTY, ...changes });
  });
}

/** True once any question is answered or the note has words. */
export function isReflected(reflection: ReflectionRecord | undefined): boolean {
  if (!reflection || reflection.deleted === 1) return false;
  const { pacing, research, compliment, oneStrategy, bestPoint, note } = reflection;
  return [pacing, research, compliment, oneStrategy, bestPoint].some((a) => a !== null) || note.trim() !== '';
}

/** How many recordings' conferences are read at a time while the Reflect list looks for its few. */
const PAGE = 50;

export interface ToReflectOn {
  conference: ConferenceRecord;
  recording: AttachmentRecord;
}

/**
 * The newest recorded conferences of a class not yet reflected on, at most `limit`, newest first: the
 * Reflect list. It starts from the recordings (a few a week), never from the class's notes (thousands
 * after a few years): the newest recordings first (their ids are UUIDv7, in the order they were made),
 * their conferences and reflections read a page at a time until `limit` are found.
 */
export function toReflectOn(
  classId: string,
  limit: number,
  store: Store = appStore(),
): Promise<ToReflectOn[]> {
  return read(store, async () => {
    const recordings = (await store.db.attachments.toArray())
      .filter((a) => a.kind === 'audio' && a.deleted === 0)
      .sort((a, b) => byCodeUnit(b.id, a.id));
    const found = new Map<string, ToReflectOn>();
    for (let from = 0; from < recordings.length && found.size < limit; from += PAGE) {
      const page = recordings.slice(from, from + PAGE);
      const ids = page.map((a) => a.conferenceId);
      const [conferences, reflections] = await Promise.all([
        store.db.conferences.bulkGet(ids),
        store.db.reflections.bulkGet(ids),
      ]);
      page.forEach((recording, i) => {
        const conference = conferences[i];
        if (!conference || conference.classId !== classId || conference.deleted === 1) return;
        if (isReflected(reflections[i]) || found.has(conference.id)) return;
        found.set(conference.id, { conference, recording });
      });
    }
    return [...found.values()].sort((a, b) => byCodeUnit(b.conference.at, a.conference.at)).slice(0, limit);
  });
}
