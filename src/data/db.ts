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
  IncomingRow,
  MetaRow,
  OutboxRow,
  ParkedRow,
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
  parked!: Table<ParkedRow, number>;
  incoming!: Table<IncomingRow, string>;

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
    // Version 2: conflicts are kept by the server and sync like records (so each row gains a tombstone and
    // stamps); changes the server refused wait in `parked`; records pulled in part wait in `incoming`.
    this.version(2)
      .stores({ parked: 'seq', incoming: 'key' })
      .upgrade(async (tx) => {
        await tx
          .table('conflicts')
          .toCollection()
          .modify((row: Partial<ConflictRecord>) => {
            row.deleted ??= 0;
            row._clock ??= {};
          });
        // Changes queued before version 2 carry no base stamp: the server merges them by HLC alone.
        await tx
          .table('outbox')
          .toCollection()
          .modify((row: Partial<OutboxRow>) => {
            row.baseHlc ??= null;
          });
      });
  }
}
