// Accounts and the devices signed in to them: scrypt password hashes, bearer tokens stored as sha256,
// each sign-in a device with a public id, a name and when it was last used. Every other query is keyed by
// the account id a token resolves to here. A token is looked up in the database on every request (no
// per-process cache): a device signed out from Settings, on any server process, is refused at its next
// request. A token unused for longer than the idle limit (TOKEN_IDLE_DAYS, 90 by default) expires.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Device } from '../protocol/account.ts';
import { ServiceError } from './errors.ts';
import { hashPassword, hashToken, newToken, verifyPassword } from './passwords.ts';
import type { Database } from './schema.ts';

export const DEFAULT_TOKEN_IDLE_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;
/** last_used_at is written at most this often per device (a sync every few seconds writes nothing). */
const TOUCH_EVERY_MS = 60_000;

/** Verify against this when there is no account, so timing does not tell which emails exist. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** A signed-in device, as its owner sees it. */
export type { Device };

/** Who a token belongs to. */
export interface Session {
  accountId: string;
  deviceId: string;
}

export class AccountService {
  protected readonly tokenIdleMs: number;

  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly now: () => number = Date.now,
    tokenIdleDays = DEFAULT_TOKEN_IDLE_DAYS,
  ) {
    this.tokenIdleMs = tokenIdleDays * DAY_MS;
  }

  private stamp(): string {
    return new Date(this.now()).toISOString();
  }

  async createAccount(email: string, password: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    const passwordHash = await hashPassword(password);
    const id = randomUUID();
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('accounts')
          .values({ id, email: normalized, password_hash: passwordHash, created_at: this.stamp(), name: '' })
          .execute();
        await tx
          .insertInto('spaces')
          .values({ id, owner_id: id, class_id: null, version: 0, created_at: this.stamp() })
          .execute();
      });
    } catch (error) {
      const exists = await this.db
        .selectFrom('accounts')
        .select('id')
        .where('email', '=', normalized)
        .executeTakeFirst();
      if (exists) throw new ServiceError(409, 'An account with that email already exists.');
      throw error;
    }
  }

  /** The account whose password this is, or 401. */
  private async checkPassword(email: string, password: string): Promise<string> {
    const account = await this.db
      .selectFrom('accounts')
      .select(['id', 'password_hash'])
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    const ok = await verifyPassword(password, account?.password_hash ?? DUMMY_HASH);
    if (!account || !ok) throw new ServiceError(401, 'Wrong email or password.');
    return account.id;
  }

  /** A new bearer token for a new device, or 401. */
  async signIn(email: string, password: string, deviceName = ''): Promise<string> {
    const accountId = await this.checkPassword(email, password);
    const token = newToken();
    const now = this.stamp();
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: hashToken(token),
        account_id: accountId,
        created_at: now,
        id: randomUUID(),
        device_name: deviceName,
        last_used_at: now,
        last_sync_at: null,
      })
      .execute();
    return token;
  }

  async signOut(token: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
  }

  async emailOf(accountId: string): Promise<string> {
    const row = await this.db
      .selectFrom('accounts')
      .select('email')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    return row.email;
  }

  /** The account and device a bearer token belongs to, or 401 (unknown, signed out, or idle too long). */
  async session(token: string | null, syncing = false): Promise<Session> {
    if (!token) throw new ServiceError(401, 'Sign in first.');
    const hash = hashToken(token);
    const row = await this.db
      .selectFrom('sessions')
      .select(['account_id', 'id', 'last_used_at', 'last_sync_at', 'created_at'])
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!row) throw new ServiceError(401, 'This device is signed out of the account. Sign in again.');
    const now = this.now();
    const lastUsed = Date.parse(row.last_used_at ?? row.created_at);
    if (now - lastUsed > this.tokenIdleMs) {
      await this.db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
      throw new ServiceError(401, 'This sign-in was unused for too long and has expired. Sign in again.');
    }
    const lastSync = row.last_sync_at ? Date.parse(row.last_sync_at) : 0;
    if (now - lastUsed > TOUCH_EVERY_MS || (syncing && now - lastSync > TOUCH_EVERY_MS)) {
      const stamp = this.stamp();
      await this.db
        .updateTable('sessions')
        .set(syncing ? { last_used_at: stamp, last_sync_at: stamp } : { last_used_at: stamp })
        .where('token_hash', '=', hash)
        .execute();
    }
    return { accountId: row.account_id, deviceId: row.id ?? hash.slice(0, 32) };
  }

  /** The account a bearer token belongs to, or 401. */
  async authenticate(token: string | null): Promise<string> {
    return (await this.session(token)).accountId;
  }

  /** The devices signed in to the account, the most recently used first. */
  async devices(session: Session): Promise<Device[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select(['id', 'device_name', 'created_at', 'last_used_at', 'last_sync_at'])
      .where('account_id', '=', session.accountId)
      .execute();
    return rows
      .map((r) => ({
        id: r.id ?? '',
        name: r.device_name,
        createdAt: r.created_at,
        lastUsedAt: r.last_used_at,
        lastSyncAt: r.last_sync_at,
        current: r.id === session.deviceId,
      }))
      .sort((a, b) => (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? ''));
  }

  /** Signs a device of this account out, at once: its token is refused from its next request. */
  async signOutDevice(session: Session, deviceId: string): Promise<void> {
    const removed = await this.db
      .deleteFrom('sessions')
      .where('account_id', '=', session.accountId)
      .where('id', '=', deviceId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0) throw new ServiceError(404, 'No such device on this account.');
  }

  /** A new password; the other devices stay signed in only if she chooses. */
  async changePassword(
    session: Session,
    change: { password: string; newPassword: string; signOutOthers: boolean },
  ): Promise<void> {
    await this.checkPassword(await this.emailOf(session.accountId), change.password);
    const hash = await hashPassword(change.newPassword);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('accounts')
        .set({ password_hash: hash })
        .where('id', '=', session.accountId)
        .execute();
      if (change.signOutOthers)
        await tx
          .deleteFrom('sessions')
          .where('account_id', '=', session.accountId)
          .where('id', '!=', session.deviceId)
          .execute();
    });
  }

  /**
   * Deletes the account and every row of it (its devices, records, version, files' entries) in one
   * transaction. Returns the files it had, for the caller to remove the bytes no other account holds.
   */
  async deleteAccount(session: Session, check: { password: string; confirm: string }): Promise<string[]> {
    const email = await this.emailOf(session.accountId);
    if (check.confirm.trim().toLowerCase() !== email)
      throw new ServiceError(400, 'Type the account’s email to confirm. Nothing was deleted.');
    await this.checkPassword(email, check.password);
    return this.db.transaction().execute(async (tx) => {
      const files = await tx
        .selectFrom('blobs')
        .select('sha256')
        .where('account_id', '=', session.accountId)
        .execute();
      await handOverRecordings(tx, session.accountId);
      // Her classes go with her, from her co-teachers' devices too (at their next sync); the classes
      // shared with her stay with their owners.
      const owned = tx.selectFrom('spaces').select('id').where('owner_id', '=', session.accountId);
      await tx.deleteFrom('fields').where('space_id', 'in', owned).execute();
      await tx.deleteFrom('row_homes').where('space_id', 'in', owned).execute();
      await tx.deleteFrom('members').where('space_id', 'in', owned).execute();
      await tx.deleteFrom('invitations').where('space_id', 'in', owned).execute();
      await tx.deleteFrom('members').where('account_id', '=', session.accountId).execute();
      await tx.deleteFrom('spaces').where('owner_id', '=', session.accountId).execute();
      await tx.deleteFrom('blobs').where('account_id', '=', session.accountId).execute();
      await tx.deleteFrom('sessions').where('account_id', '=', session.accountId).execute();
      await tx.deleteFrom('accounts').where('id', '=', session.accountId).execute();
      return files.map((f) => f.sha256);
    });
  }
}

/**
 * A teacher leaving takes her own classes, not what she recorded in the classes others shared with her:
 * each recording or photo she wrote into a record of another teacher's class passes to that class's owner
 * (her file entry and her part as its writer), so the class keeps hearing it and its bytes stay.
 */
async function handOverRecordings(tx: Kysely<Database>, accountId: string): Promise<void> {
  const kept = await tx
    .selectFrom('attachment_writers as w')
    .innerJoin('row_homes as h', (join) =>
      join.onRef('h.row_id', '=', 'w.row_id').on('h.tbl', '=', 'attachments'),
    )
    .innerJoin('spaces as s', 's.id', 'h.space_id')
    .innerJoin('blobs as b', (join) =>
      join.onRef('b.sha256', '=', 'w.sha256').on('b.account_id', '=', accountId),
    )
    .select(['w.sha256', 'w.row_id', 's.owner_id', 'b.mime', 'b.size', 'b.created_at'])
    .where('w.account_id', '=', accountId)
    .where('s.owner_id', '!=', accountId)
    .execute();
  for (const k of kept) {
    await tx
      .insertInto('blobs')
      .values({
        account_id: k.owner_id,
        sha256: k.sha256,
        mime: k.mime,
        size: k.size,
        created_at: k.created_at,
      })
      .onConflict((oc) => oc.columns(['account_id', 'sha256']).doNothing())
      .execute();
    await tx
      .insertInto('attachment_writers')
      .values({ sha256: k.sha256, row_id: k.row_id, account_id: k.owner_id })
      .onConflict((oc) => oc.columns(['sha256', 'row_id', 'account_id']).doNothing())
      .execute();
  }
}
