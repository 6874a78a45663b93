// The one definition of every synced table: its name, its indexes and each synced field with how its
// value is checked. The Dexie schema, the synced-table list, the write path's "is this record whole"
// and the server's validation of a change are all derived from it: a new table is one entry here (and
// its record type in src/data/records.ts, which the compiler holds to this list). No zod here: the app
// shell imports this file.
import type { Json } from './json.ts';

/** How a field's value is checked. `?` allows null. */
export type Kind =
  | 'text'
  | 'text?'
  | 'flag'
  | 'number'
  | 'number?'
  | 'ids'
  | 'json'
  | { oneOf: readonly (string | null)[] }
  | { listOf: readonly string[] };

export interface TableDefinition {
  /** Dexie index specs beyond the `id` key (`*` multi-entry, `[a+b]` compound). */
  readonly indexes: readonly string[];
  readonly fields: Readonly<Record<string, Kind>>;
  /**
   * Fields added after the table first shipped: a record from an older device never carries them, so it is
   * whole without them, and reads them as empty ('' for text, null otherwise).
   */
  readonly later?: readonly string[];
  /** Fields only the sync server writes (a device's push of one is refused); never in a device's write. */
  readonly serverWritten?: readonly string[];
}

const GRADE_BANDS = ['K-2', '3-8'] as const;

/**
 * Seed 001's questions for listening back to a conference, each with the answers that fit it: pacing
 * rushed / about right / slow; research rushed yes / no; a compliment given as a paragraph of speech
 * yes / no; ONE strategy, more than one, or none; the best possible teaching point, or something else.
 */
export const REFLECTION_ANSWERS = {
  pacing: ['rushed', 'about right', 'slow'],
  research: ['yes', 'no'],
  compliment: ['yes', 'no'],
  oneStrategy: ['one', 'more than one', 'none'],
  bestPoint: ['best', 'something else'],
} as const;

/** What every reflection question took before its own answers: still valid, read by a rule. */
export const LEGACY_REFLECTION_ANSWERS = ['yes', 'not yet'] as const;
const BOXES = {
  b0: 'text?',
  b1: 'text?',
  b2: 'text?',
  b3: 'text?',
  b4: 'text?',
  b5: 'text?',
  b6: 'text?',
  b7: 'text?',
  b8: 'text?',
} as const;

export const TABLES = {
  classes: {
    indexes: ['deleted'],
    fields: {
      name: 'text',
      gradeBand: { oneOf: GRADE_BANDS },
      schoolYear: 'text',
      archived: 'flag',
      position: 'number',
      deleted: 'flag',
    },
  },
  students: {
    indexes: ['classId', '[classId+position]'],
    fields: { classId: 'text', name: 'text', archived: 'flag', position: 'number', deleted: 'flag' },
  },
  conferences: {
    indexes: ['classId', 'at', '*studentIds', '*goalIds', '[classId+at]'],
    fields: {
      classId: 'text',
      studentIds: 'ids',
      at: 'text',
      type: { oneOf: ['compliment', 'rehearsal', 'expectation', 'content', 'convention', 'table', null] },
      lenses: { listOf: ['engagement', 'structure', 'elaboration', 'conventions', 'voice'] },
      research: 'text',
      // Seed 000: ask the child's goal first ("What is your goal as a writer?").
      childGoal: 'text',
      compliment: 'text',
      teachingPoint: 'text',
      tryIt: { oneOf: ['got it', 'with support', 'not yet', null] },
      nextStep: 'text',
      goalIds: 'ids',
      note: 'text',
      durationMs: 'number?',
      deleted: 'flag',
      // Who logged it ({id, name} of the account), written by the sync server when it first stores the
      // conference; no device writes it. Null until then.
      loggedBy: 'json',
    },
    later: ['childGoal', 'loggedBy'],
    serverWritten: ['loggedBy'],
  },
  goals: {
    indexes: ['classId', 'studentId', 'status'],
    fields: {
      classId: 'text',
      studentId: 'text',
      text: 'text',
      patternId: 'text?',
      setOn: 'text',
      status: { oneOf: ['working', 'met', 'revised'] },
      revisitOn: 'text?',
      deleted: 'flag',
    },
  },
  grids: {
    indexes: ['[classId+weekOf]'],
    fields: { classId: 'text', weekOf: 'text', ...BOXES, deleted: 'flag' },
  },
  plans: {
    indexes: ['[classId+weekOf]'],
    fields: { classId: 'text', weekOf: 'text', entries: 'json', deleted: 'flag' },
  },
  signups: {
    indexes: ['classId', 'studentId'],
    fields: {
      classId: 'text',
      studentId: 'text',
      reason: 'text',
      at: 'text',
      clearedAt: 'text?',
      deleted: 'flag',
    },
  },
  patterns: {
    indexes: ['band'],
    fields: {
      band: { oneOf: GRADE_BANDS },
      see: 'text',
      goal: 'text',
      teachingPoints: 'text',
      hidden: 'flag',
      deleted: 'flag',
    },
  },
  // A recording or photo of a conference: its metadata only. The bytes travel apart, as a content-addressed
  // blob named by `sha256` (PUT/GET /api/v1/blobs), never inside a change.
  attachments: {
    indexes: ['conferenceId', 'sha256'],
    fields: {
      conferenceId: 'text',
      kind: { oneOf: ['audio', 'photo'] },
      mime: 'text',
      size: 'number',
      sha256: 'text',
      durationMs: 'number?',
      width: 'number?',
      height: 'number?',
      deleted: 'flag',
    },
  },
  // Her reflection on a conference (seed 001's five questions), keyed by the conference's own id, so two
  // devices reflecting on one conference merge field by field. Each question takes the answers that fit it
  // (REFLECTION_ANSWERS), and still the "yes" / "not yet" every question took before: a reflection stored
  // then, a backup of it or an older device's change stays valid, and src/data/reflections.ts reads it in
  // today's words. `helpedMore`: what would have helped the writer more, in a line.
  reflections: {
    indexes: [],
    fields: {
      pacing: { oneOf: [...REFLECTION_ANSWERS.pacing, ...LEGACY_REFLECTION_ANSWERS, null] },
      research: { oneOf: [...REFLECTION_ANSWERS.research, ...LEGACY_REFLECTION_ANSWERS, null] },
      compliment: { oneOf: [...REFLECTION_ANSWERS.compliment, ...LEGACY_REFLECTION_ANSWERS, null] },
      oneStrategy: { oneOf: [...REFLECTION_ANSWERS.oneStrategy, ...LEGACY_REFLECTION_ANSWERS, null] },
      bestPoint: { oneOf: [...REFLECTION_ANSWERS.bestPoint, ...LEGACY_REFLECTION_ANSWERS, null] },
      helpedMore: 'text',
      note: 'text',
      deleted: 'flag',
    },
    later: ['helpedMore'],
  },
  // Seed 002's record form has three columns: Conference Notes, Goals, Assessment Notes. An assessment
  // note is a dated observation of what the writer can do, apart from any conference.
  assessments: {
    indexes: ['classId', 'studentId'],
    fields: { classId: 'text', studentId: 'text', on: 'text', text: 'text', deleted: 'flag' },
  },
  // Seed 001: peer conferring. A child will confer with a peer (who, about what): on both timelines.
  peers: {
    indexes: ['classId', '*studentIds'],
    fields: { classId: 'text', studentIds: 'ids', about: 'text', on: 'text', deleted: 'flag' },
  },
  // Text that lost a same-field race, kept by the server so that every device shows it (never lost).
  conflicts: {
    indexes: ['resolved'],
    fields: {
      table: 'text',
      row: 'text',
      field: 'text',
      lostValue: 'json',
      lostHlc: 'text',
      keptHlc: 'text',
      at: 'text',
      resolved: 'flag',
      deleted: 'flag',
    },
  },
} as const satisfies Record<string, TableDefinition>;

export type SyncedTable = keyof typeof TABLES;
export const SYNCED_TABLES = Object.keys(TABLES) as SyncedTable[];

export function isSyncedTable(name: string): name is SyncedTable {
  return Object.hasOwn(TABLES, name);
}

/** The data fields of a table, in the order declared. */
export function fieldsOf(table: SyncedTable): string[] {
  return Object.keys(TABLES[table].fields);
}

/** The fields a record must hold to be whole: all but those added later (older devices lack them). */
export function requiredFieldsOf(table: SyncedTable): string[] {
  const definition: TableDefinition = TABLES[table];
  return fieldsOf(table).filter((field) => !definition.later?.includes(field));
}

/** True for a field only the sync server writes. */
export function isServerWritten(table: SyncedTable, field: string): boolean {
  const definition: TableDefinition = TABLES[table];
  return definition.serverWritten?.includes(field) ?? false;
}

/** A record with the fields added later filled in where an older device left them out. */
export function withLaterDefaults<R extends object>(table: SyncedTable, record: R): R {
  const definition: TableDefinition = TABLES[table];
  const filled: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const field of definition.later ?? [])
    if (!(field in filled)) filled[field] = definition.fields[field] === 'text' ? '' : null;
  return filled as R;
}

/** The Dexie store spec of a table: its key, then its indexes. */
export function storeSpec(table: SyncedTable): string {
  return ['id', ...TABLES[table].indexes].join(', ');
}

function fits(kind: Kind, value: Json): boolean {
  if (typeof kind === 'object') {
    if ('oneOf' in kind) return (kind.oneOf as readonly Json[]).includes(value);
    return Array.isArray(value) && value.every((v) => (kind.listOf as readonly Json[]).includes(v));
  }
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'text?':
      return value === null || typeof value === 'string';
    case 'flag':
      return value === 0 || value === 1;
    case 'number':
      return typeof value === 'number';
    case 'number?':
      return value === null || typeof value === 'number';
    case 'ids':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'json':
      return true;
  }
}

/** Why a field's value cannot be stored in this table, or null when it can. */
export function checkField(table: SyncedTable, field: string, value: Json): string | null {
  const fields: Readonly<Record<string, Kind>> = TABLES[table].fields;
  if (!Object.hasOwn(fields, field)) return `${table} has no field "${field}"`;
  const kind = fields[field] as Kind;
  return fits(kind, value) ? null : `not a value for ${table}.${field}`;
}
