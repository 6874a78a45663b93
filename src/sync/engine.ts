// One sync: pull everything new, then push the outbox (and pull once more when the server wrote fields
// of its own: kept conflicts, who logged a conference). Outbox rows are deleted only after the server acknowledged
// exactly them; the cursor is saved with each applied page. Interrupted anywhere, the next sync resumes
// and ends converged, nothing lost or duplicated (pushes are idempotent). Batches are sized by bytes as
// well as count, and a change the server refuses is parked with a reason, so one bad change never
// holds back the rest.

import { type OutboxRow, whyRefused } from '../data/index.ts';
import {
  acknowledge,
  applyRemoteChanges,
  outboxBatch,
  park as parkWithWords,
  placingChanges,
  syncCursor,
} from '../data/syncDoor.ts';
import type { Change } from '../protocol/types.ts';
import { MAX_BATCH_BYTES, MAX_VALUE_BYTES } from '../protocol/types.ts';
import { clause } from '../protocol/words.ts';
import { downloadRecent, uploadBlobsOf } from './blobs.ts';
import { SyncHttpError } from './errors.ts';
import type { SyncTarget } from './target.ts';

export const PUSH_BATCH = 500;
export const PULL_PAGE = 500;

export interface SyncSummary {
  pulled: number;
  pushed: number;
  conflicts: number;
  /** Changes set aside in this sync because the server refused them. */
  parked: number;
  /** Recordings and photos brought to this device. */
  downloaded: number;
}

export async function pullAll(target: SyncTarget): Promise<{ pulled: number }> {
  let cursor: string = await syncCursor(target.store);
  let pulled = 0;
  for (;;) {
    const page = await target.transport.pull(target.token, {
      deviceId: target.deviceId,
      cursor,
      limit: target.sizes?.pullPage ?? PULL_PAGE,
    });
    // A server from before sharing names no shares: then nothing is removed.
    const shares =
      page.shares && page.account
        ? { accountId: page.account.id, shares: page.shares, people: page.people ?? [] }
        : undefined;
    await applyRemoteChanges(target.store, page.changes, page.cursor, shares);
    pulled += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) return { pulled };
  }
}

const encoder = new TextEncoder();
function bytesOf(row: OutboxRow): number {
  // Stamps, names and punctuation are under 300 bytes; the value is what varies.
  return 300 + encoder.encode(JSON.stringify(row.value) ?? '').length;
}

function toChange({ table, row, field, value, hlc, baseHlc }: OutboxRow): Change {
  return { table, row, field, value: value as Change['value'], hlc, baseHlc };
}

async function park(target: SyncTarget, row: OutboxRow, why: string): Promise<void> {
  await parkWithWords({ ...row, seq: row.seq as number }, why, target.store);
}

export async function pushAll(
  target: SyncTarget,
): Promise<{ pushed: number; conflicts: number; stamped: number; parked: number }> {
  let pushed = 0;
  let conflicts = 0;
  let stamped = 0;
  let parked = 0;
  const batchCount = target.sizes?.pushBatch ?? PUSH_BATCH;
  let maxCount = batchCount;
  let refreshed = false;
  for (;;) {
    const queued = await outboxBatch(maxCount, target.store);
    if (queued.length === 0) return { pushed, conflicts, stamped, parked };
    const batch: OutboxRow[] = [];
    let bytes = 0;
    for (const row of queued) {
      const size = bytesOf(row);
      if (size - 300 > MAX_VALUE_BYTES) break;
      if (batch.length > 0 && bytes + size > MAX_BATCH_BYTES) break;
      batch.push(row);
      bytes += size;
    }
    if (batch.length === 0) {
      // The oldest change alone can never fit a request: set it aside, and the rest go on.
      await park(target, queued[0] as OutboxRow, `it is larger than ${MAX_VALUE_BYTES / 1024} KB.`);
      parked += 1;
      continue;
    }
    // The bytes a batch names go first: no device may pull a name the server has no bytes for.
    const refused = await uploadBlobsOf(target, batch);
    if (refused.length > 0) {
      for (const { row, why } of refused)
        await park(target, row, `the sync server refused its file (${why})`);
      parked += refused.length;
      continue;
    }
    // Each record's class goes with it, so the server can tell where it belongs (data/sharedClassList.ts).
    const placing = await placingChanges(batch, target.store);
    try {
      const ack = await target.transport.push(target.token, {
        deviceId: target.deviceId,
        changes: [...batch, ...placing].map(toChange),
      });
      await acknowledge(
        batch.map((b) => b.seq as number),
        target.store,
      );
      pushed += batch.length;
      conflicts += ack.conflicts;
      stamped += ack.stamped ?? 0;
      maxCount = batchCount;
    } catch (error) {
      if (!(error instanceof SyncHttpError)) throw error;
      const refusal = error.refusal;
      const index = refusal?.index;
      if (refusal?.code === 'invalid-change' && index !== undefined && batch[index]) {
        await park(
          target,
          batch[index] as OutboxRow,
          `the sync server refused it (${clause(error.message)})`,
        );
        parked += 1;
      } else if ((refusal?.code === 'forbidden' || refusal?.code === 'id-taken') && !refreshed) {
        // A class stopped being shared with her (or her role changed) since the last pull: pulling again
        // takes it off this device and keeps aside what of it had not synced; then the rest goes.
        refreshed = true;
        await pullAll(target);
      } else if ((refusal?.code === 'forbidden' || refusal?.code === 'id-taken') && index !== undefined) {
        // Still refused after a fresh pull: that record is set aside (every change of it), the rest goes.
        const at = batch[index] ?? placing[index - batch.length];
        const ofRecord = batch.filter((b) => b.table === at?.table && b.row === at?.row);
        if (ofRecord.length === 0) throw error;
        // Her part in the class says why, in her words (data/changeWords.ts), not the server's.
        const why = await whyRefused(refusal.code, ofRecord[0] as OutboxRow, target.store);
        for (const row of ofRecord) await park(target, row, why);
        parked += ofRecord.length;
      } else if (error.status === 413 && batch.length > 1) {
        maxCount = Math.max(1, Math.floor(batch.length / 2));
      } else if (error.status === 413) {
        await park(target, batch[0] as OutboxRow, 'it is too large for the sync server.');
        parked += 1;
      } else throw error;
    }
  }
}

export async function syncOnce(target: SyncTarget): Promise<SyncSummary> {
  let { pulled } = await pullAll(target);
  const { pushed, conflicts, stamped, parked } = await pushAll(target);
  // The texts the server kept, and who logged each new conference, show at once.
  if (conflicts > 0 || stamped > 0) pulled += (await pullAll(target)).pulled;
  // Recent recordings and photos come down while there is a connection, so they play offline later.
  const downloaded = await downloadRecent(target);
  return { pulled, pushed, conflicts, parked, downloaded };
}

export type { SyncTarget } from './target.ts';
