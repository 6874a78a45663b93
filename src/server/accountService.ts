// Accounts and sessions: scrypt password hashes, bearer tokens stored as sha256, and the 30 s per-process
// cache of resolved tokens. Every other query is keyed by the account id a token resolves to here.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ServiceError } from './errors.ts';
import { hashPassword, hashToken, newToken, verifyPassword } from './passwords.ts';
import type { Database } from './schema.ts';

/** How long a resolved token is trusted without asking the database again. */
const SESSION_CACHE_MS = 30_000;

export class AccountService {
  private readonly sessions = new Map<string, { accountId: string; until: number }>();

  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly now: () => number = Date.now,
  ) {}

  async createAccount(email: string, password: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    const passwordHash = await hashPassword(password);
    const id = randomUUID();
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('accounts')
          .values({
            id,
            email: normalized,
            password_hash: passwordHash,
            created_at: new Date(this.now()).toISOString(),
          })
          .execute();
        await tx.insertInto('account_versions').values({ account_id: id, version: 0 }).execute();
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

  /** A new bearer token, or 401. */
  async signIn(email: string, password: string): Promise<string> {
    const account = await this.db
      .selectFrom('accounts')
      .select(['id', 'password_hash'])
      .where('email', '=', email.trim().toLowerCase())
      .executeTakeFirst();
    // Verify against a dummy hash when there is no account, so timing does not tell which emails exist.
    const ok = await verifyPassword(
      password,
      account?.password_hash ??
        'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    );
    if (!account || !ok) throw new ServiceError(401, 'Wrong email or password.');
    const token = newToken();
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: hashToken(token),
        account_id: account.id,
        created_at: new Date(this.now()).toISOString(),
      })
      .execute();
    return token;
  }

  async signOut(token: string): Promise<void> {
    const hash = hashToken(token);
    this.sessions.delete(hash);
    await this.db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
  }

  async emailOf(accountId: string): Promise<string> {
    const row = await this.db
      .selectFrom('accounts')
      .select('email')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    return row.email;
  }

  /**
   * The account a bearer token belongs to, or 401. Cached for 30 s per process: a sign-out in another
   * server process takes at most that long to reach this one.
   */
  async authenticate(token: string | null): Promise<string> {
    if (!token) throw new ServiceError(401, 'Sign in first.');
    const hash = hashToken(token);
    const cached = this.sessions.get(hash);
    if (cached && cached.until > this.now()) return cached.accountId;
    const session = await this.db
      .selectFrom('sessions')
      .select('account_id')
      .where('token_hash', '=', hash)
      .executeTakeFirst();
    if (!session) throw new ServiceError(401, 'Your sign-in has expired. Sign in again.');
    if (this.sessions.size > 10_000) this.sessions.clear();
    this.sessions.set(hash, { accountId: session.account_id, until: this.now() + SESSION_CACHE_MS });
    return session.account_id;
  }
}
