// The rows of the local-only stores: never synced, never in a backup. The outbox and what was set aside
// from it, the half-arrived, the bookkeeping, the drafts, the bytes of recordings and photos.
import type { SyncedTable } from '../protocol/tables.ts';

/** 0/1 rather than boolean: IndexedDB cannot index booleans. */
type Flag = 0 | 1;

/** A blob's bytes on this device. Local only: the `attachments` record is what syncs. */
export interface BlobRow {
  sha256: string;
  mime: string;
  bytes: ArrayBuffer;
  size: number;
  /** 1 once the sync server has it. */
  uploaded: Flag;
}

/** A piece of a recording in progress, written every few seconds so a crash loses at most the last few. */
export interface RecordingChunk {
  seq?: number;
  /** The sheet's draft key: the recording belongs to that unsaved note. */
  draftKey: string;
  mime: string;
  bytes: ArrayBuffer;
  /** Epoch ms when the recording started, and how long it had run at this chunk. */
  startedAt: number;
  elapsedMs: number;
}

/** A change waiting to be pushed. `seq` is local only: the outbox never syncs. */
export interface OutboxRow {
  seq?: number;
  table: SyncedTable;
  row: string;
  field: string;
  value: unknown;
  hlc: string;
  /** The stamp of the value this change replaced on this device (null: the field was new here). */
  baseHlc: string | null;
}

/** A change the sync server refused (or that can never fit a request), set aside so the rest syncs. */
export interface ParkedRow extends OutboxRow {
  seq: number;
  /** Why, in words, naming the note. */
  reason: string;
  at: string;
  /** The whole record in words, and why alone: Settings says once what befell every change of a record. */
  record?: string;
  why?: string;
}

/** A record pulled in part (its other fields are still on their way): no screen sees it until whole. */
export interface IncomingRow {
  /** `${table}\u0000${row}` */
  key: string;
  table: SyncedTable;
  record: Record<string, unknown> & { id: string; _clock: Record<string, string> };
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A half-typed note, kept as she types so closing the app loses nothing. Local only. */
export interface DraftRow {
  key: string;
  value: unknown;
  savedAt: string;
}

/** Something she wrote in a class no longer shared with her, kept on this device in words (data/sharedClassList.ts). */
export interface KeptAsideRow {
  id?: number;
  at: string;
  className: string;
  /** "Conference with Ana (Nov 3)" */
  what: string;
  /** Each unsynced field, "Label: value", one per line. */
  text: string;
}
