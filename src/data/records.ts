// The names of every record the app keeps, their shapes derived from the table registry
// (src/protocol/tables.ts, through rowTypes.ts: a field's kind gives its type, a value list its codes). Synced
// records share `Synced`: a client-made string key, a tombstone flag and the HLC stamp of each field
// (`_clock`), which sync merges by.
import type { RowOf, ServerWrittenOf } from '../protocol/rowTypes.ts';
import { type Flag, requiredFieldsOf, type SyncedTable } from '../protocol/tables.ts';
import type {
  ATTACHMENT_KINDS,
  CONFERENCE_TYPES,
  GOAL_STATUSES,
  GRADE_BANDS,
  LEGACY_REFLECTION_ANSWERS,
  LENSES,
  REFLECTION_ANSWERS,
  ReflectionQuestion,
  TRY_IT_OUTCOMES,
  ValueOf,
} from '../protocol/valueLists.ts';

export {
  type Flag,
  GRID_BOXES,
  type GridBoxKey,
  type LoggedBy,
  type PlanEntry,
} from '../protocol/tables.ts';
export { CONFERENCE_TYPES_EXPLAINED, REFLECTION_QUESTIONS } from '../protocol/valueHelp.ts';
export {
  ATTACHMENT_KINDS,
  type Choice,
  CONFERENCE_TYPES,
  GOAL_STATUSES,
  GRADE_BANDS,
  goalStatusWords,
  LENSES,
  labelOf,
  lensWords,
  REFLECTION_ANSWERS,
  type ReflectionQuestion,
  TRY_IT_OUTCOMES,
  tryItWords,
  typeWords,
  valuesOf,
} from '../protocol/valueLists.ts';
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

export interface Synced {
  id: string;
  deleted: Flag;
  /** field -> HLC of the write that set it. */
  _clock: Record<string, string>;
}

export type GradeBand = ValueOf<typeof GRADE_BANDS>;
export type ConferenceType = ValueOf<typeof CONFERENCE_TYPES>;
export type Lens = ValueOf<typeof LENSES>;
export type TryItOutcome = ValueOf<typeof TRY_IT_OUTCOMES>;
export type GoalStatus = ValueOf<typeof GOAL_STATUSES>;
export type AttachmentKind = ValueOf<typeof ATTACHMENT_KINDS>;

/** A class (a section she teaches): name, grade band, school year ("2026-2027"), archived at year end. */
export interface ClassRecord extends Synced, RowOf<'classes'> {}

export interface StudentRecord extends Synced, RowOf<'students'> {}

/**
 * One conference; a table conference or small group lists several students. Each is its own row, so two
 * devices logging conferences never collide; editing one later changes its fields like any record. `at`
 * is ISO-8601 UTC; `loggedBy` is absent until the conference has synced.
 */
export interface ConferenceRecord extends Synced, RowOf<'conferences'> {}

/** A goal: `setOn` and `revisitOn` are yyyy-MM-dd. */
export interface GoalRecord extends Synced, RowOf<'goals'> {}

/**
 * A week's 9-kid record grid: nine boxes, each a student id or empty. One field per box, so swapping
 * box 3 on the iPad and box 7 on the laptop while both are offline keeps both swaps. `weekOf` is the
 * week's Monday, yyyy-MM-dd.
 */
export interface GridRecord extends Synced, RowOf<'grids'> {}

export interface PlanRecord extends Synced, RowOf<'plans'> {}

export interface SignupRecord extends Synced, RowOf<'signups'> {}

/** A teacher's own pattern, or her edit / hiding of a built-in one (same id as the built-in row). */
export interface PatternRecord extends Synced, RowOf<'patterns'> {}

/**
 * A recording or photo of a conference: metadata that syncs as changes. The bytes are a blob named by its
 * sha256, kept in the local `blobs` table as an ArrayBuffer (Safari has failed Blob writes to IndexedDB)
 * and synced through the blob endpoints. Audio has `durationMs`; photos their pixel size.
 */
export interface AttachmentRecord extends Synced, RowOf<'attachments'> {}

export type AttachmentInput = Omit<Fields<'attachments'>, 'deleted' | 'conferenceId'>;

/** A question's own answers (the registry's REFLECTION_ANSWERS): what the app writes. */
export type ReflectionAnswer<Q extends ReflectionQuestion> = ValueOf<(typeof REFLECTION_ANSWERS)[Q]>;
/** What a stored answer may hold: its own answers, the "yes" / "not yet" of before (read by a rule in
 * reflections.ts), or nothing yet. */
export type StoredReflectionAnswer<Q extends ReflectionQuestion> =
  | ReflectionAnswer<Q>
  | ValueOf<typeof LEGACY_REFLECTION_ANSWERS>
  | null;

/** Her reflection on one conference; its id is the conference's id. `helpedMore`: what would have helped
 * the writer more, in a line (the fifth question's other half). */
export interface ReflectionRecord extends Synced, RowOf<'reflections'> {}

/** A dated observation of what a writer can do (seed 002's Assessment Notes column); `on` is her local
 * day, yyyy-MM-dd. */
export interface AssessmentRecord extends Synced, RowOf<'assessments'> {}

/** A peer conference she set up (seed 001): two children, what about, which day (yyyy-MM-dd). */
export interface PeerRecord extends Synced, RowOf<'peers'> {}

/**
 * Text that lost a same-field merge between two devices. The sync server writes it (it sees every write),
 * and it syncs like any record, so every device of the account shows it; restoring or dismissing it syncs
 * too.
 */
export interface ConflictRecord extends Synced, Omit<RowOf<'conflicts'>, 'table'> {
  table: SyncedTable;
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

/** The data fields of a record: what a write may set (never a field only the sync server writes). */
export type Fields<T extends SyncedTable> = Omit<RecordOf[T], 'id' | '_clock' | ServerWrittenOf<T>>;

/**
 * True when a record holds every field of its table. A record pulled from another device is shown only
 * once it is whole: a page may end between its fields. Fields added later (the registry's `later`) are
 * not required: an older device never sends them (an upgrade in db.ts fills them in for records here).
 */
export function isWhole(table: SyncedTable, record: object): boolean {
  return requiredFieldsOf(table).every((field) => field in record);
}
