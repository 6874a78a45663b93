// One sync: pull everything new, then push the outbox. Pulling first lets a same-field edit still in the
// outbox be recognised as concurrent (its losing text goes to `conflicts`). Outbox rows are deleted only
// after the server acknowledged them; the cursor is saved with each applied page. Interrupted anywhere,
// the next sync resumes and ends converged, nothing lost or duplicated (pushes are idempotent).
import { acknowledge, applyRemoteChanges, outboxBatch, type Store, syncCursor } from '../data/index.ts';
import type { Change } from '../protocol/types.ts';
import type { SyncTransport } from './transport.ts';

export const PUSH_BATCH = 500;
export const PULL_PAGE = 500;

export interface SyncSummary {
  pulled: number;
  pushed: number;
  conflicts: number;
}

export interface SyncTarget {
  store: Store;
  transport: SyncTransport;
  token: string;
  deviceId: string;
}

export async function pullAll(target: SyncTarget): Promise<{ pulled: number; conflicts: number }> {
  let cursor: string = await syncCursor(target.store);
  let pulled = 0;
  let conflicts = 0;
  for (;;) {
    const page = await target.transport.pull(target.token, {
      deviceId: target.deviceId,
      cursor,
      limit: PULL_PAGE,
    });
    const result = await applyRemoteChanges(target.store, page.changes, page.cursor);
    pulled += page.changes.length;
    conflicts += result.conflicts;
    cursor = page.cursor;
    if (!page.hasMore) return { pulled, conflicts };
  }
}

export async function pushAll(target: SyncTarget): Promise<number> {
  let pushed = 0;
  for (;;) {
    const batch = await outboxBatch(PUSH_BATCH, target.store);
    if (batch.length === 0) return pushed;
    const changes: Change[] = batch.map(({ table, row, field, value, hlc }) => ({
      table,
      row,
      field,
      value: value as Change['value'],
      hlc,
    }));
    await target.transport.push(target.token, { deviceId: target.deviceId, changes });
    await acknowledge(
      batch.map((b) => b.seq as number),
      target.store,
    );
    pushed += batch.length;
  }
}

export async function syncOnce(target: SyncTarget): Promise<SyncSummary> {
  const { pulled, conflicts } = await pullAll(target);
  const pushed = await pushAll(target);
  return { pulled, pushed, conflicts };
}
