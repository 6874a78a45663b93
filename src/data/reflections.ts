// Her reflections on conferences (seed 001): five yes / not-yet questions and a note, one per conference,
// keyed by the conference's id so that two devices reflecting on it merge field by field.
import type { AttachmentRecord, ReflectionAnswer, ReflectionQuestion, ReflectionRecord } from './records.ts';
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

/** Recorded conferences of a class not yet reflected on, newest first: the Reflect list. */
export function toReflectOn(classId: string, store: Store = appStore()) {
  return read(store, async () => {
    const conferences = (await store.db.conferences.where('classId').equals(classId).toArray()).filter(
      (c) => c.deleted === 0,
    );
    const recorded = new Map<string, AttachmentRecord>();
    const audio = await store.db.attachments
      .where('conferenceId')
      .anyOf(conferences.map((c) => c.id))
      .toArray();
    for (const a of audio) if (a.kind === 'audio' && a.deleted === 0) recorded.set(a.conferenceId, a);
    const reflections = await store.db.reflections.bulkGet([...recorded.keys()]);
    const done = new Set(reflections.filter((r) => isReflected(r)).map((r) => r?.id));
    return conferences
      .filter((c) => recorded.has(c.id) && !done.has(c.id))
      .sort((a, b) => b.at.localeCompare(a.at))
      .map((conference) => ({ conference, recording: recorded.get(conference.id) as AttachmentRecord }));
  });
}
