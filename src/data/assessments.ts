// Assessment notes (seed 002's third column: dated observations of what a writer can do, apart from a
// conference) and peer conferences (seed 001: a child confers with a peer; both timelines show it).
// Imported by path: only the student page and search read them.
import { localDay } from './dates.ts';
import { InvalidInputError } from './errors.ts';
import { byCodeUnit } from './order.ts';
import type { AssessmentRecord, PeerRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { checkTextLengths } from './validate.ts';
import { mutate, read } from './write.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDay(on: string): void {
  if (!DAY.test(on)) throw new InvalidInputError('Choose a date.');
}

export async function addAssessment(
  input: { classId: string; studentId: string; text: string; on?: string },
  store = appStore(),
): Promise<AssessmentRecord> {
  const text = input.text.trim();
  if (text === '') throw new InvalidInputError('The assessment note is empty.');
  const on = input.on ?? localDay();
  checkDay(on);
  const tooLong = checkTextLengths({ text }, { text: 'assessment note' });
  if (tooLong) throw new InvalidInputError(`${tooLong} Nothing was saved.`);
  return mutate(store, ['assessments'], (write) =>
    write.create('assessments', { classId: input.classId, studentId: input.studentId, on, text, deleted: 0 }),
  );
}

export async function deleteAssessment(id: string, store = appStore()): Promise<void> {
  await mutate(store, ['assessments'], (write) => write.remove('assessments', id));
}

/** A student's assessment notes, newest first. */
export function assessmentsOf(studentId: string, store: Store = appStore()): Promise<AssessmentRecord[]> {
  return read(store, async () =>
    (await store.db.assessments.where('studentId').equals(studentId).toArray())
      .filter((a) => a.deleted === 0)
      .sort((a, b) => byCodeUnit(b.on, a.on) || byCodeUnit(b.id, a.id)),
  );
}

/** Every assessment note of a class (search reads these with the conference notes). */
export function assessmentsOfClass(classId: string, store: Store = appStore()): Promise<AssessmentRecord[]> {
  return read(store, async () =>
    (await store.db.assessments.where('classId').equals(classId).toArray()).filter((a) => a.deleted === 0),
  );
}

/** A peer conference: this child will confer with that one, about something. */
export async function planPeerConference(
  input: { classId: string; studentIds: [string, string]; about: string; on?: string },
  store = appStore(),
): Promise<PeerRecord> {
  const [a, b] = input.studentIds;
  if (!a || !b || a === b) throw new InvalidInputError('Choose the peer: another student.');
  const about = input.about.trim();
  const on = input.on ?? localDay();
  checkDay(on);
  const tooLong = checkTextLengths({ about }, { about: 'what they will confer about' });
  if (tooLong) throw new InvalidInputError(`${tooLong} Nothing was saved.`);
  return mutate(store, ['peers'], (write) =>
    write.create('peers', { classId: input.classId, studentIds: [a, b], about, on, deleted: 0 }),
  );
}

/** The peer conferences a student is in, newest first. */
export function peersOf(studentId: string, store: Store = appStore()): Promise<PeerRecord[]> {
  return read(store, async () =>
    (await store.db.peers.where('studentIds').equals(studentId).toArray())
      .filter((p) => p.deleted === 0)
      .sort((a, b) => byCodeUnit(b.on, a.on)),
  );
}
