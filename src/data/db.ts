// The one versioned IndexedDB schema (Dexie). Only src/data imports this file. The synced tables come
// from the table registry (src/protocol/tables.ts); the local ones are declared here.
// Keys of synced tables are client-made strings (UUIDv7): Dexie cannot change a primary key later.
import Dexie, { type Table } from 'dexie';
import { SYNCED_TABLES, type SyncedTable, storeSpec, withLaterDefaults } from '../protocol/tables.ts';
import { type IndexedNote, NOTE_INDEX_STORE } from './noteText.ts';
import type {
  BlobRow,
  ConflictRecord,
  DraftRow,
  IncomingRow,
  KeptAsideRow,
  MetaRow,
  OutboxRow,
  ParkedRow,
  RecordingChunk,
  RecordOf,
} from './records.ts';
import { buildWordIndex } from './wordIndexBuild.ts';
import { wordIndexMiddleware } from './wordIndexMiddleware.ts';

/** Local only, never synced: the queue, the kept-aside, the half-arrived, the bookkeeping, the drafts. */
const LOCAL_STORES = {
  // The outbox is a queue: an auto-increment key keeps its order.
  outbox: '++seq',
  parked: 'seq',
  incoming: 'key',
  meta: 'key',
  drafts: 'key',
  // Recordings' and photos' bytes (ArrayBuffer), and recordings in progress.
  blobs: 'sha256, uploaded',
  recordings: '++seq, draftKey',
} as const;

/** Version 1's stores as released: version 2 is declared as them and what it added. */
const VERSION_1 = {
  classes: 'id, deleted',
  students: 'id, classId, [classId+position]',
  conferences: 'id, classId, at, *studentIds, *goalIds, [classId+at]',
  goals: 'id, classId, studentId, status',
  grids: 'id, [classId+weekOf]',
  plans: 'id, [classId+weekOf]',
  signups: 'id, classId, studentId',
  patterns: 'id, band',
  attachments: 'id, conferenceId',
  outbox: '++seq',
  conflicts: 'id, resolved',
  meta: 'key',
  drafts: 'key',
};

type SyncedTables = { [T in SyncedTable]: Table<RecordOf[T], string> };

// Dexie makes one property per store; the interface gives each synced one its record type.
export interface ClipboardDB extends SyncedTables {}
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface above only types Dexie's own tables
export class ClipboardDB extends Dexie {
  outbox!: Table<OutboxRow, number>;
  parked!: Table<ParkedRow, number>;
  incoming!: Table<IncomingRow, string>;
  blobs!: Table<BlobRow, string>;
  recordings!: Table<RecordingChunk, number>;
  meta!: Table<MetaRow, string>;
  drafts!: Table<DraftRow, string>;
  keptAside!: Table<KeptAsideRow, number>;
  noteIndex!: Table<IndexedNote, string>;

  constructor(name: string) {
    super(name);
    // Only the versions with an upgrade are declared: since Dexie 3 a version without one need not be
    // kept (the database's own schema is read when it opens), and each declaration costs every launch.
    // Version 2: conflicts are kept by the server and sync like records (so each row gains a tombstone and
    // stamps); changes the server refused wait in `parked`; records pulled in part wait in `incoming`.
    this.version(2)
      .stores({
        ...VERSION_1,
        conflicts: 'id, resolved',
        parked: 'seq',
        incoming: 'key',
      })
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
    // Version 3 added reflections, attachments' metadata and sha256, and the local blobs and recordings.
    // Version 4, from the table registry: assessment notes and peer conferences; fields added
    // later (the registry's `later`) filled in on the records already here, so every screen reads them as
    // the registry's empty value.
    this.version(4)
      .stores({
        ...Object.fromEntries(SYNCED_TABLES.map((table) => [table, storeSpec(table)])),
        ...LOCAL_STORES,
      })
      .upgrade(async (tx) => {
        for (const table of SYNCED_TABLES)
          await tx
            .table(table)
            .toCollection()
            .modify((row: object) => {
              Object.assign(row, withLaterDefaults(table, row));
            });
      });
    // Version 5 added what she wrote in a class no longer shared with her, kept in words (keptAside,
    // data/sharedClassList.ts; local only); version 6 each note's words folded once, for Search, in `noteText`.
    // Version 7: Search's rows in `noteIndex` instead, keyed by each note's time and id, with the word
    // index (data/wordIndex.ts: an entry per distinct word of a note and its students' names), found by
    // student and goal too; built here from the notes and names already on the device, then kept by a
    // middleware in the same transaction as every write to a note or a student. Also in version 7: a
    // reflection's fifth question takes a line, what would have helped more (`helpedMore`, a field added
    // later): the reflections already here get it empty. Their "yes" / "not yet" answers stay as stored;
    // data/reflections.ts reads them in the questions' own answers.
    this.version(7)
      .stores({
        keptAside: '++id',
        noteText: null,
        [NOTE_INDEX_STORE]: 'key, &id, [classId+at], *studentIds, *goalIds, *entries',
      })
      .upgrade(async (tx) => {
        await tx
          .table('reflections')
          .toCollection()
          .modify((row: object) => {
            Object.assign(row, withLaterDefaults('reflections', row));
          });
        await buildWordIndex(tx);
      });
    this.use(wordIndexMiddleware);
  }
}
