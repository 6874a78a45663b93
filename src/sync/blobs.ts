// The bytes of recordings and photos, outside the change stream. Before a batch that names a blob (an
// attachment's `sha256`) is pushed, the blob is uploaded, so no device ever pulls a name whose bytes the
// server lacks. Another device downloads the bytes when a conference is opened, and those of recent
// conferences in the background while it has a connection.
import { subDays } from 'date-fns';
import type { OutboxRow } from '../data/index.ts';
import { blobOf, keepBlob, markUploaded, missingBlobs, missingBlobsSince } from '../data/syncDoor.ts';
import { SyncHttpError } from './errors.ts';
import type { SyncTarget } from './target.ts';

/** Days of conferences whose recordings and photos come down in the background. */
export const RECENT_DAYS = 14;

/**
 * Uploads every blob this batch names and the server does not have yet. Returns the rows whose blob the
 * server refused (too large, past the quota), with its words: the caller sets them aside.
 */
export async function uploadBlobsOf(
  target: SyncTarget,
  batch: readonly OutboxRow[],
): Promise<{ row: OutboxRow; why: string }[]> {
  const refused: { row: OutboxRow; why: string }[] = [];
  for (const row of batch) {
    if (row.table !== 'attachments' || row.field !== 'sha256' || typeof row.value !== 'string') continue;
    const blob = await blobOf(row.value, target.store);
    if (!blob || blob.uploaded === 1) continue;
    try {
      await target.transport.putBlob(target.token, blob.sha256, blob.mime, blob.bytes);
      await markUploaded(blob.sha256, target.store);
    } catch (error) {
      if (error instanceof SyncHttpError && [400, 413, 507].includes(error.status))
        refused.push({ row, why: error.message });
      else throw error;
    }
  }
  return refused;
}

/** Brings a blob's bytes to this device (checked against its name) and keeps them. */
export async function downloadBlob(target: SyncTarget, sha256: string, mime: string): Promise<void> {
  if (await blobOf(sha256, target.store)) return;
  const bytes = await target.transport.getBlob(target.token, sha256);
  await keepBlob(bytes, mime, { uploaded: true, expect: sha256 }, target.store);
}

/** The recordings and photos of these conferences that are not on this device yet. */
export async function downloadMissing(target: SyncTarget, conferenceIds: readonly string[]): Promise<number> {
  const missing = await missingBlobs(conferenceIds, target.store);
  for (const attachment of missing) await downloadBlob(target, attachment.sha256, attachment.mime);
  return missing.length;
}

/** Background: the recordings and photos of the last RECENT_DAYS days of conferences. */
export async function downloadRecent(target: SyncTarget, now = new Date()): Promise<number> {
  const missing = await missingBlobsSince(subDays(now, RECENT_DAYS).toISOString(), target.store);
  for (const attachment of missing) await downloadBlob(target, attachment.sha256, attachment.mime);
  return missing.length;
}
