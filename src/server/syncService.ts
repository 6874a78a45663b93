// The sync service: push (each change placed in its space and checked against the caller's role, then
// merged in order under each space's row lock, the version bumped inside the transaction) and paged pull
// (pull.ts). No account reads or writes a space it is not a member of (spaces.ts): every query is keyed by
// the spaces the account that the bearer token resolved to may reach (accountService.ts).
import { type Kysely, sql } from 'kysely';
import { formatHlc, MAX_DRIFT_MS, parseHlc } from '../protocol/hlc.ts';
import type { Change, PushResponse } from '../protocol/types.ts';
import { AccountService } from './accountService.ts';
import type { DatabaseKind } from './database.ts';
import { ServiceError } from './errors.ts';
import { existingRows, noteAttachmentWriters, settleHomes, storeNewest, upsert } from './fieldStore.ts';
import { mergeChanges, SERVER_NODE } from './merge.ts';
import { DEFAULT_PULL_LIMIT, pullAnswer, pullPage } from './pull.ts';
import { PlacementMoved, placedStill } from './rowHomes.ts';
import type { Database } from './schema.ts';
import { SharingService } from './sharing.ts';
import { loadAccess, placeChanges } from './spaces.ts';

export { ServiceError } from './errors.ts';

/** A class id made by two accounts at once: the database's unique index answers for the later one. */
function uniqueClash(error: unknown): ServiceError | undefined {
  const text = String((error as { message?: unknown } | null)?.message ?? '');
  if (!/spaces_one_class|spaces\.class_id|UNIQUE constraint failed: spaces/.test(text)) return undefined;
  return new ServiceError(
    409,
    'This class id was just made by another account: a class id means one class everywhere. Nothing was stored.',
    { code: 'id-taken' },
  );
}

export { DEFAULT_PULL_LIMIT, type PulledRow } from './pull.ts';

/**
 * Push and pull for the accounts that AccountService signs in; one object for the routes, two files
 * for two things.
 */
export class SyncService extends AccountService {
  readonly sharing: SharingService;

  constructor(
    db: Kysely<Database>,
    readonly kind: DatabaseKind,
    now: () => number = Date.now,
    tokenIdleDays?: number,
  ) {
    super(db, now, tokenIdleDays);
    this.sharing = new SharingService(db, now);
  }

  /**
   * Stores a batch of changes, all or nothing. Refuses the whole batch if any HLC is more than five
   * minutes ahead of the server's clock, or if any change would write a space the caller may not write
   * (403, spaces.ts). Each space's version is bumped first, inside the transaction: the row lock makes
   * pushes to one space commit in version order, so a pull never skips a change, and makes each push see
   * every earlier one. The changes are then merged in order (see `mergeChanges`): per field the newest
   * HLC wins, and a text that loses to a write its device had not seen is kept as a `conflicts` row, in
   * the space of the record it is about, so every device that reads the record shows it.
   */
  async push(accountId: string, changes: readonly Change[]): Promise<PushResponse> {
    const limit = this.now() + MAX_DRIFT_MS;
    for (const [index, change] of changes.entries()) {
      if (parseHlc(change.hlc).millis > limit) {
        throw new ServiceError(
          400,
          `A change is stamped ${change.hlc}, more than 5 minutes ahead of the server clock: check the device's date and time.`,
          { code: 'clock-drift', index },
        );
      }
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.store(accountId, changes);
      } catch (error) {
        if (!(error instanceof PlacementMoved)) throw error;
        if (attempt === 3)
          throw new ServiceError(
            503,
            'The class changed while this was being saved: try again. Nothing was stored.',
          );
      }
    }
  }

  /** One attempt at storing a push (see `push`). */
  private async store(accountId: string, changes: readonly Change[]): Promise<PushResponse> {
    const result = await this.db
      .transaction()
      .execute(async (tx) => {
        const access = await loadAccess(tx, accountId);
        const placement = await placeChanges(tx, access, changes);
        for (const created of placement.created)
          await tx
            .insertInto('spaces')
            .values({
              id: created.id,
              owner_id: accountId,
              class_id: created.classId,
              version: 0,
              created_at: new Date(this.now()).toISOString(),
            })
            .execute();
        await settleHomes(tx, placement.homed, changes, accountId);
        await noteAttachmentWriters(tx, accountId, changes);
        const clock = this.conflictClock(changes);
        let version = 0;
        let conflicts = 0;
        // Spaces are locked in id order, so two pushes touching the same spaces never wait on each other.
        const versions = new Map<string, number>();
        for (const space of [...placement.bySpace.keys()].sort()) {
          const bumped = await tx
            .updateTable('spaces')
            .set({ version: sql`version + 1` })
            .where('id', '=', space)
            .returning('version')
            .executeTakeFirstOrThrow();
          versions.set(space, Number(bumped.version));
        }
        // On PostgreSQL the placement was read before the locks: a push that moved one of these records
        // (or the conference one hangs on) may have committed in between. Then this push starts again.
        if (this.kind === 'postgres') await placedStill(tx, placement.seen);
        for (const space of [...placement.bySpace.keys()].sort()) {
          const spaceChanges = placement.bySpace.get(space) as Change[];
          const bumped = { version: versions.get(space) as number };
          version = Math.max(version, Number(bumped.version));
          for (const { table, row, from } of placement.moved.filter((m) => m.to === space)) {
            await tx
              .updateTable('fields')
              .set({ space_id: space, version: Number(bumped.version) })
              .where('space_id', '=', from)
              .where('tbl', '=', table)
              .where('row_id', '=', row)
              .execute();
            await tx
              .updateTable('row_homes')
              .set({ space_id: space })
              .where('tbl', '=', table)
              .where('row_id', '=', row)
              .execute();
          }
          if (spaceChanges.length === 0) continue;
          // Who logged a conference, and whose a reflection is, is the server's word, stamped once, when the
          // record first arrives.
          const authored = [
            ...placement.newConferences.map((n) => ({ ...n, table: 'conferences', field: 'loggedBy' })),
            ...placement.newReflections.map((n) => ({ ...n, table: 'reflections', field: 'startedBy' })),
          ]
            .filter((n) => n.space === space)
            .map((n) => ({
              table: n.table,
              row: n.row,
              field: n.field,
              json: JSON.stringify(access.author),
              hlc: clock(),
            }));
          // Per field the newest stamp wins: the batch's newest of each field is written where it is newer
          // than what is stored (the upsert's condition), and what was stored before is read in the same
          // statement on PostgreSQL (one round trip under the space's lock), to keep the texts it replaced.
          const stored = await storeNewest(
            this.kind,
            tx,
            space,
            Number(bumped.version),
            spaceChanges,
            authored,
          );
          const merged = mergeChanges(stored, spaceChanges, clock);
          if (merged.conflicts.length === 0) continue;
          const known = await existingRows(
            tx,
            space,
            'conflicts',
            merged.conflicts.map((c) => c.row),
          );
          const fresh = merged.conflicts.filter((c) => !known.has(c.row));
          conflicts += fresh.length;
          if (fresh.length === 0) continue;
          await tx
            .insertInto('row_homes')
            .values(
              fresh.map((c) => ({ tbl: 'conflicts', row_id: c.row, space_id: space, created_by: null })),
            )
            .onConflict((oc) => oc.columns(['tbl', 'row_id']).doNothing())
            .execute();
          await upsert(
            tx,
            space,
            Number(bumped.version),
            fresh.flatMap((c) => c.fields),
          );
        }
        return {
          version,
          conflicts,
          stamped: placement.newConferences.length + placement.newReflections.length,
        };
      })
      .catch((error: unknown) => {
        throw uniqueClash(error) ?? error;
      });
    return {
      version: result.version,
      stored: changes.length,
      last: changes.at(-1)?.hlc ?? null,
      conflicts: result.conflicts,
      stamped: result.stamped,
    };
  }

  /** Stamps for the conflict rows this server writes: after every change of the batch, never backwards. */
  private conflictClock(changes: readonly Change[]): () => string {
    let last = changes.reduce((m, c) => Math.max(m, parseHlc(c.hlc).millis), 0);
    let counter = 0;
    return () => {
      const millis = Math.max(last, this.now());
      counter = millis === last ? counter + 1 : 0;
      last = millis;
      return formatHlc({ millis, counter, node: SERVER_NODE });
    };
  }

  /** A page of what changed after `cursor` in the spaces she may read (pull.ts). */
  pull(accountId: string, rawCursor: string | number, limit = DEFAULT_PULL_LIMIT) {
    return pullPage(this.db, accountId, rawCursor, limit);
  }

  /** The pull answer as JSON text (pull.ts). */
  pullJson(accountId: string, rawCursor: string | number, limit = DEFAULT_PULL_LIMIT): Promise<string> {
    return pullAnswer(this.db, accountId, rawCursor, limit);
  }
}
