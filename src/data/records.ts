// The shapes of every record the app keeps. Synced records share `Synced`: a client-made string key, a
// tombstone flag and the HLC stamp of each field (`_clock`), which sync merges by.
import {
  type LEGACY_REFLECTION_ANSWERS,
  type REFLECTION_ANSWERS,
  requiredFieldsOf,
  type SyncedTable,
  type TABLES,
} from '../protocol/tables.ts';

export type {
  BlobRow,
  DraftRow,
  IncomingRow,
  KeptAsideRow,
  MetaRow,
  OutboxRow,
  ParkedRow,
  RecordingChunk,
} from './localRows.ts';

/** 0/1 rather than boolean: IndexedDB cannot index booleans. */
export type Flag = 0 | 1;

export interface Synced {
  id: string;
  deleted: Flag;
  /** field -> HLC of the write that set it. */
  _clock: Record<string, string>;
}

export const GRADE_BANDS = ['K-2', '3-8'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

export interface ClassRecord extends Synced {
  name: string;
  gradeBand: GradeBand;
  /** e.g. "2026-2027" */
  schoolYear: string;
  archived: Flag;
  position: number;
}

export interface StudentRecord extends Synced {
  classId: string;
  name: string;
  archived: Flag;
  position: number;
}

/** Seed 003's types of conferences, and seed 001's table conference. */
export const CONFERENCE_TYPES = [
  'compliment',
  'rehearsal',
  'expectation',
  'content',
  'convention',
  'table',
] as const;
export type ConferenceType = (typeof CONFERENCE_TYPES)[number];

/** Seed 000's lenses for watching a writer and reading the work. */
export const LENSES = ['engagement', 'structure', 'elaboration', 'conventions', 'voice'] as const;
export type Lens = (typeof LENSES)[number];

export const TRY_IT_OUTCOMES = ['got it', 'with support', 'not yet'] as const;
export type TryItOutcome = (typeof TRY_IT_OUTCOMES)[number];

/**
 * One conference; a table conference or small group lists several students. Each is its own row, so two
 * devices logging conferences never collide; editing one later changes its fields like any record.
 */
export interface ConferenceRecord extends Synced {
  classId: string;
  studentIds: string[];
  /** ISO-8601 UTC */
  at: string;
  type: ConferenceType | null;
  lenses: Lens[];
  research: string;
  /** The child's own goal, asked first (seed 000): "What is your goal as a writer?" */
  childGoal: string;
  compliment: string;
  teachingPoint: string;
  tryIt: TryItOutcome | null;
  nextStep: string;
  goalIds: string[];
  note: string;
  durationMs: number | null;
  /** Who logged it, as the sync server stamped it; absent until the conference has synced. */
  loggedBy?: LoggedBy | null;
}

/** The account that logged a conference, by the sync server's word. */
export interface LoggedBy {
  id: string;
  name: string;
}

export const GOAL_STATUSES = ['working', 'met', 'revised'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export interface GoalRecord extends Synced {
  classId: string;
  studentId: string;
  text: string;
  patternId: string | null;
  /** yyyy-MM-dd */
  setOn: string;
  status: GoalStatus;
  /** yyyy-MM-dd or null */
  revisitOn: string | null;
}

export const GRID_BOXES = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7', 'b8'] as const;
export type GridBoxKey = (typeof GRID_BOXES)[number];

/**
 * A week's 9-kid record grid: nine boxes, each a student id or empty. One field per box, so swapping
 * box 3 on the iPad and box 7 on the laptop while both are offline keeps both swaps.
 */
export interface GridRecord extends Synced, Record<GridBoxKey, string | null> {
  classId: string;
  /** Monday of the week, yyyy-MM-dd */
  weekOf: string;
}

export interface PlanEntry {
  kind: 'conference' | 'group';
  studentIds: string[];
  /** 0 = Monday ... 4 = Friday, null = any day this week */
  day: number | null;
  note: string;
}

export interface PlanRecord extends Synced {
  classId: string;
  weekOf: string;
  entries: PlanEntry[];
}

export interface SignupRecord extends Synced {
  classId: string;
  studentId: string;
  reason: string;
  at: string;
  clearedAt: string | null;
}

/** A teacher's own pattern, or her edit / hiding of a built-in one (same id as the built-in row). */
export interface PatternRecord extends Synced {
  band: GradeBand;
  see: string;
  goal: string;
  teachingPoints: string;
  hidden: Flag;
}

/**
 * A recording or photo of a conference: metadata that syncs as changes. The bytes are a blob named by its
 * sha256, kept in the local `blobs` table as an ArrayBuffer (Safari has failed Blob writes to IndexedDB)
 * and synced through the blob endpoints.
 */
export interface AttachmentRecord extends Synced {
  conferenceId: string;
  kind: 'audio' | 'photo';
  mime: string;
  size: number;
  sha256: string;
  /** Audio: how long, in ms. */
  durationMs: number | null;
  /** Photos: pixel size. */
  width: number | null;
  height: number | null;
}

export type AttachmentInput = Omit<Fields<'attachments'>, 'deleted' | 'conferenceId'>;

/**
 * Seed 001: after listening back to a recorded conference, its five questions in its own words (the
 * seed's "one the best possible one" read without its stray "one").
 */
export const REFLECTION_QUESTIONS = [
  ['pacing', 'How was your pacing?'],
  ['research', 'Did you rush through the research part of the conference?'],
  ['compliment', 'Did you take the time to compliment the student using a paragraph of speech?'],
  [
    'oneStrategy',
    'Did you teach the student ONE (and only one) new strategy that s/he could use not just on the piece of writing in front of him/her but in the future?',
  ],
  [
    'bestPoint',
    'Was your teaching point the best possible one or could you have taught something else that would’ve helped him/her more?',
  ],
] as const;
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number][0];
/** A question's own answers (the registry's REFLECTION_ANSWERS): what the app writes. */
export type ReflectionAnswer<Q extends ReflectionQuestion> = (typeof REFLECTION_ANSWERS)[Q][number];
/** What a stored answer may hold: its own answers, the "yes" / "not yet" of before (read by a rule in
 * reflections.ts), or nothing yet. */
export type StoredReflectionAnswer<Q extends ReflectionQuestion> =
  | ReflectionAnswer<Q>
  | (typeof LEGACY_REFLECTION_ANSWERS)[number]
  | null;
type StoredReflectionAnswers = { [Q in ReflectionQuestion]: StoredReflectionAnswer<Q> };

/** Her reflection on one conference; its id is the conference's id. */
export interface ReflectionRecord extends Synced, StoredReflectionAnswers {
  /** What would have helped the writer more, in a line (the fifth question's other half). */
  helpedMore: string;
  note: string;
}

/** A dated observation of what a writer can do (seed 002's Assessment Notes column). */
export interface AssessmentRecord extends Synced {
  classId: string;
  studentId: string;
  /** yyyy-MM-dd, her local day */
  on: string;
  text: string;
}

/** A peer conference she set up (seed 001): two children, what about, which day. */
export interface PeerRecord extends Synced {
  classId: string;
  studentIds: string[];
  about: string;
  /** yyyy-MM-dd */
  on: string;
}

export interface RecordOf {
  classes: ClassRecord;
  students: StudentRecord;
  conferences: ConferenceRecord;
  goals: GoalRecord;
  grids: GridRecord;
  plans: PlanRecord;
  signups: SignupRecord;
  patterns: PatternRecord;
  attachments: AttachmentRecord;
  reflections: ReflectionRecord;
  assessments: AssessmentRecord;
  peers: PeerRecord;
  conflicts: ConflictRecord;
}

/** The data fields of a record: what a write may set. */
export type Fields<T extends SyncedTable> = Omit<RecordOf[T], 'id' | '_clock' | ServerWritten>;

/** Fields the sync server writes (the registry's `serverWritten`): no write on a device sets them. */
type ServerWritten = 'loggedBy';

/**
 * The record types above must declare exactly the fields that the table registry declares
 * (src/protocol/tables.ts): this fails to compile when one has a field the other lacks.
 */
type Declared<T extends SyncedTable> = Exclude<keyof (typeof TABLES)[T]['fields'], ServerWritten>;
type Mismatch = {
  [T in SyncedTable]: Exclude<keyof Fields<T>, Declared<T>> | Exclude<Declared<T>, keyof Fields<T>>;
}[SyncedTable];
const recordsMatchRegistry: [Mismatch] extends [never] ? true : Mismatch = true;
void recordsMatchRegistry;

/**
 * True when a record holds every field of its table. A record pulled from another device is shown only
 * once it is whole: a page may end between its fields. Fields added later (the registry's `later`) are
 * not required: an older device never sends them (an upgrade in db.ts fills them in for records here).
 */
export function isWhole(table: SyncedTable, record: object): boolean {
  return requiredFieldsOf(table).every((field) => field in record);
}

/**
 * Text that lost a same-field merge between two devices. The sync server writes it (it sees every write),
 * and it syncs like any record, so every device of the account shows it; restoring or dismissing it syncs
 * too.
 */
export interface ConflictRecord extends Synced {
  table: SyncedTable;
  row: string;
  field: string;
  lostValue: unknown;
  lostHlc: string;
  keptHlc: string;
  at: string;
  resolved: Flag;
}
