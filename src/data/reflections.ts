// Her reflections on conferences (seed 001): five questions, each answered in a form that fits it, a line
// on what would have helped more, and a note; one per conference, keyed by the conference's id so that
// two devices reflecting on it merge field by field.
//
// Reflections stored before the questions had their own answers hold "yes" or "not yet" for each. They
// stay as stored (they sync and back up as they are) and are read by one rule, `answerOf`:
//   How was your pacing?          yes → about right      not yet → not about right (rushed or slow: unsaid)
//   Did you rush the research?    yes → yes (rushed)     not yet → no (not rushed)
//   A paragraph of compliment?    yes → yes              not yet → no
//   ONE strategy?                 yes → one              not yet → not one (more than one or none: unsaid)
//   The best teaching point?      yes → best             not yet → something else
// An answer she gives now replaces the old one.

import { parseHlc } from '../protocol/hlc.ts';
import { ANSWER_READS } from '../protocol/valueHelp.ts';
import { REFLECTION_ANSWERS } from '../protocol/valueLists.ts';
import { byCodeUnit } from './order.ts';
import type {
  AttachmentRecord,
  Choice,
  ConferenceRecord,
  ReflectionAnswer,
  ReflectionQuestion,
  ReflectionRecord,
} from './records.ts';
import { REFLECTION_QUESTIONS } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

/** How each question's stored answer reads today: its own answers, or what an old "not yet" said. */
export interface ReadAnswers {
  pacing: ReflectionAnswer<'pacing'> | 'not about right' | null;
  research: ReflectionAnswer<'research'> | null;
  compliment: ReflectionAnswer<'compliment'> | null;
  oneStrategy: ReflectionAnswer<'oneStrategy'> | 'not one' | null;
  bestPoint: ReflectionAnswer<'bestPoint'> | null;
}
export type ReadAnswer<Q extends ReflectionQuestion> = ReadAnswers[Q];

/** The reading rule for the "yes" / "not yet" stored before each question had its own answers. */
export const LEGACY_READING: { [Q in ReflectionQuestion]: Record<'yes' | 'not yet', ReadAnswer<Q>> } = {
  pacing: { yes: 'about right', 'not yet': 'not about right' },
  research: { yes: 'yes', 'not yet': 'no' },
  compliment: { yes: 'yes', 'not yet': 'no' },
  oneStrategy: { yes: 'one', 'not yet': 'not one' },
  bestPoint: { yes: 'best', 'not yet': 'something else' },
};

/** The answer she aims for on each question: "My conferring" counts these. For the research, "no". */
export const AIMED_FOR: { [Q in ReflectionQuestion]: ReflectionAnswer<Q> } = {
  pacing: 'about right',
  research: 'no',
  compliment: 'yes',
  oneStrategy: 'one',
  bestPoint: 'best',
};

/** Each answer as it reads in My conferring's tables, by question: the registry's words, and what an old
 * "not yet" said where today's answers cannot say it. */
export const ANSWER_WORDS: { [Q in ReflectionQuestion]: Record<NonNullable<ReadAnswer<Q>>, string> } = {
  ...ANSWER_READS,
  pacing: { ...ANSWER_READS.pacing, 'not about right': 'not about right (an earlier “not yet”)' },
  oneStrategy: { ...ANSWER_READS.oneStrategy, 'not one': 'not ONE (an earlier “not yet”)' },
};

/** The answer she aims for, named short enough to label a bar (the table reads the whole question). */
export const AIMED_FOR_LABEL: Record<ReflectionQuestion, string> = {
  pacing: 'Pacing about right',
  research: 'Research not rushed',
  compliment: 'Compliment in a paragraph',
  oneStrategy: 'ONE strategy',
  bestPoint: 'Best possible point',
};

/** What an old "not yet" said, where today's chips cannot show it: the Reflect screen says it in words. */
export const EARLIER_ANSWER: Partial<Record<ReflectionQuestion, Partial<Record<string, string>>>> = {
  pacing: { 'not about right': 'Answered earlier as “not yet”: not about right. Rushed or slow?' },
  oneStrategy: { 'not one': 'Answered earlier as “not yet”: not ONE. More than one, or none?' },
};

/** A question's answer as it reads today (see the rule above). */
export function answerOf<Q extends ReflectionQuestion>(
  reflection: Pick<ReflectionRecord, Q>,
  question: Q,
): ReadAnswer<Q> {
  const stored = reflection[question] as string | null | undefined;
  if (stored === null || stored === undefined) return null;
  if ((REFLECTION_ANSWERS[question] as readonly Choice[]).some((c) => c.value === stored))
    return stored as ReadAnswer<Q>;
  if (stored === 'yes' || stored === 'not yet') return LEGACY_READING[question][stored];
  return null;
}

/** Every question's answer as it reads today. */
export function answersOf(reflection: ReflectionRecord): ReadAnswers {
  return Object.fromEntries(
    REFLECTION_QUESTIONS.map(([q]) => [q, answerOf(reflection, q)]),
  ) as unknown as ReadAnswers;
}

/** What she may set: a question's own answer (or none), the line on what would have helped, the note. */
export type ReflectionChanges = { [Q in ReflectionQuestion]?: ReflectionAnswer<Q> | null } & {
  helpedMore?: string;
  note?: string;
};

const EMPTY = {
  pacing: null,
  research: null,
  compliment: null,
  oneStrategy: null,
  bestPoint: null,
  helpedMore: '',
  note: '',
  deleted: 0,
} as const;

export function reflectionOf(
  conferenceId: string,
  store: Store = appStore(),
): Promise<ReflectionRecord | undefined> {
  return read(store, async () => {
    const found = await store.db.reflections.get(conferenceId);
    // One pulled from a device that does not know the line yet has none.
    return found && { ...found, helpedMore: found.helpedMore ?? '' };
  });
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

/** Sets some of a reflection's answers, its line or its note; the first change creates it. */
export async function reflect(
  conferenceId: string,
  changes: ReflectionChanges,
  store: Store = appStore(),
): Promise<void> {
  await mutate(store, ['reflections'], async (write) => {
    const existing = await store.db.reflections.get(conferenceId);
    if (existing) await write.update('reflections', conferenceId, changes);
    else await write.put('reflections', conferenceId, { ...EMPTY, ...changes });
  });
}

/**
 * Whether this device started the reflection: its first write (which set `deleted`) carries this
 * device's clock. A coach goes on writing only a reflection she started; the sync server refuses her
 * changes to one a teacher wrote, so the Reflect screen shows her that one to read.
 */
export async function startedHere(reflection: ReflectionRecord, store: Store = appStore()): Promise<boolean> {
  const stamp = reflection._clock.deleted;
  if (!stamp) return false;
  return parseHlc(stamp).node === (await store.clock()).node;
}

/**
 * Another teacher's (or a coach's) reflection, by the sync server's word: a reflection is one person's look
 * at a conference, read by the others and counted only in her own figures. One not yet synced, or stored
 * before the server said whose, is not known to be another's.
 */
export function startedByOther(
  reflection: Pick<ReflectionRecord, 'startedBy'>,
  accountId: string | null,
): boolean {
  const by = reflection.startedBy;
  return !!by && accountId !== null && by.id !== accountId;
}

/** True once any question is answered or the line or the note has words. */
export function isReflected(reflection: ReflectionRecord | undefined): boolean {
  if (!reflection || reflection.deleted === 1) return false;
  return (
    REFLECTION_QUESTIONS.some(([q]) => reflection[q] !== null) ||
    reflection.note.trim() !== '' ||
    (reflection.helpedMore ?? '').trim() !== ''
  );
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
