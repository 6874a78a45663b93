// The one versioned IndexedDB schema (Dexie). Only src/data imports this file.
// Keys of synced tables are client-made strings (UUIDv7): Dexie cannot change a primary key later.
import Dexie, { type Table } from 'dexie';
import type {
  AttachmentRecord,
  ClassRecord,
  ConferenceRecord,
  ConflictRecord,
  DraftRow,
  GoalRecord,
  GridRecord,
  MetaRow,
  OutboxRow,
  PatternRecord,
  PlanRecord,
  SignupRecord,
  StudentRecord,
} from './records.ts';

export class ClipboardDB extends Dexie {
  classes!: Table<ClassRecord, string>;
  students!: Table<StudentRecord, string>;
  conferences!: Table<ConferenceRecord, string>;
  goals!: Table<GoalRecord, string>;
  grids!: Table<GridRecord, string>;
  plans!: Table<PlanRecord, string>;
  signups!: Table<SignupRecord, string>;
  patterns!: Table<PatternRecord, string>;
  attachments!: Table<AttachmentRecord, string>;
  outbox!: Table<OutboxRow, number>;
  conflicts!: Table<ConflictRecord, string>;
  meta!: Table<MetaRow, string>;
  drafts!: Table<DraftRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      classes: 'id, deleted',
      students: 'id, classId, [classId+position]',
      conferences: 'id, classId, at, *studentIds, *goalIds, [classId+at]',
      goals: 'id, classId, studentId, status',
      grids: 'id, [classId+weekOf]',
      plans: 'id, [classId+weekOf]',
      signups: 'id, classId, studentId',
      patterns: 'id, band',
      attachments: 'id, conferenceId',
      // Local only: the outbox is a queue, so an auto-increment key keeps its order.
      outbox: '++seq',
      conflicts: 'id, resolved',
      meta: 'key',
      drafts: 'key',
    });
  }
}
