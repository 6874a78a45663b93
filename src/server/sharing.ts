// Sharing a class: its owner makes an invitation (co-teacher or coach) and hands its one-time code to the
// teacher she means; that teacher enters the code on her device to join, and the owner may remove her
// again. The code is the owner's consent: an email address alone (no one has verified it) opens nothing.
// Only the owner manages a class's members; a member may leave. What a member may read and write follows
// from here (spaces.ts), on every request.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClassMembers, InvitationToMe, Joined, NewInvitation } from '../protocol/account.ts';
import { ServiceError } from './errors.ts';
import {
  acceptInvitation,
  classNameOf,
  DAY_MS,
  INVITATION_DAYS,
  randomHalf,
  secretHash,
  WRONG_CODES_ALLOWED,
} from './invitations.ts';
import { FailureWindow } from './rateLimit.ts';
import type { Database, MemberRole } from './schema.ts';

// The answers' shapes are the protocol's (src/protocol/account.ts): one declaration for both ends.
type Member = ClassMembers['members'][number];
type Invitation = ClassMembers['invitations'][number];

export type { InvitationToMe, Joined, NewInvitation };

export class SharingService {
  /** Wrong or unknown codes per account: a guesser runs out of tries across invitations too. */
  private readonly guesses: FailureWindow;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {
    this.guesses = new FailureWindow(20, 60 * 60 * 1000, now);
  }

  /** The space of a class the caller owns, or 404 (never shared before it synced, or not hers). */
  private async ownedSpace(accountId: string, classId: string): Promise<string> {
    const space = await this.db
      .selectFrom('spaces')
      .select('id')
      .where('owner_id', '=', accountId)
      .where('class_id', '=', classId)
      .executeTakeFirst();
    if (!space)
      throw new ServiceError(
        404,
        'This class is not on the sync server yet, or it is not yours: sync, then share it.',
      );
    return space.id;
  }

  async invite(accountId: string, classId: string, email: string, role: MemberRole): Promise<NewInvitation> {
    const space = await this.ownedSpace(accountId, classId);
    const to = email.trim().toLowerCase();
    const me = await this.db
      .selectFrom('accounts')
      .select('email')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    if (to && me.email === to) throw new ServiceError(400, 'That is your own email: invite another teacher.');
    const member = to
      ? await this.db
          .selectFrom('members')
          .innerJoin('accounts', 'accounts.id', 'members.account_id')
          .select('members.role')
          .where('members.space_id', '=', space)
          .where('accounts.email', '=', to)
          .executeTakeFirst()
      : undefined;
    if (member)
      throw new ServiceError(409, `${to} already shares this class. Remove her first to change her role.`);
    const id = randomUUID();
    const createdAt = new Date(this.now()).toISOString();
    const expiresAt = new Date(this.now() + INVITATION_DAYS * DAY_MS).toISOString();
    for (let attempt = 0; ; attempt++) {
      const handle = randomHalf();
      const secret = randomHalf();
      const taken = await this.db
        .selectFrom('invitations')
        .select('id')
        .where('handle', '=', handle)
        .executeTakeFirst();
      if (taken && attempt < 20) continue;
      await this.db
        .insertInto('invitations')
        .values({
          id,
          space_id: space,
          email: to,
          role,
          created_at: createdAt,
          handle,
          secret_hash: secretHash(id, secret),
          expires_at: expiresAt,
          wrong_codes: 0,
        })
        .execute();
      return { id, email: to, role, createdAt, expiresAt, locked: false, code: `${handle}-${secret}` };
    }
  }

  async members(
    accountId: string,
    classId: string,
  ): Promise<{ members: Member[]; invitations: Invitation[] }> {
    const space = await this.ownedSpace(accountId, classId);
    const members = await this.db
      .selectFrom('members')
      .innerJoin('accounts', 'accounts.id', 'members.account_id')
      .select(['accounts.id', 'accounts.name', 'accounts.email', 'members.role'])
      .where('members.space_id', '=', space)
      .orderBy('members.added_at')
      .execute();
    const invitations = await this.db
      .selectFrom('invitations')
      .select(['id', 'email', 'role', 'created_at', 'expires_at', 'wrong_codes'])
      .where('space_id', '=', space)
      .where('expires_at', '>', new Date(this.now()).toISOString())
      .orderBy('created_at')
      .execute();
    return {
      members: members.map((m) => ({ accountId: m.id, name: m.name, email: m.email, role: m.role })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        createdAt: i.created_at,
        expiresAt: i.expires_at,
        locked: i.wrong_codes >= WRONG_CODES_ALLOWED,
      })),
    };
  }

  /** The owner removes a member: at her next sync the class leaves her devices. */
  async removeMember(accountId: string, classId: string, memberId: string): Promise<void> {
    const space = await this.ownedSpace(accountId, classId);
    const removed = await this.db
      .deleteFrom('members')
      .where('space_id', '=', space)
      .where('account_id', '=', memberId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) === 0)
      throw new ServiceError(404, 'She is not a member of this class.');
  }

  async cancelInvitation(accountId: string, classId: string, invitationId: string): Promise<void> {
    const space = await this.ownedSpace(accountId, classId);
    await this.db
      .deleteFrom('invitations')
      .where('space_id', '=', space)
      .where('id', '=', invitationId)
      .execute();
  }

  /** A member leaves a class shared with her. */
  async leave(accountId: string, classId: string): Promise<void> {
    const left = await this.db
      .deleteFrom('members')
      .where('account_id', '=', accountId)
      .where('space_id', 'in', (eb) => eb.selectFrom('spaces').select('id').where('class_id', '=', classId))
      .executeTakeFirst();
    if (Number(left.numDeletedRows) === 0) throw new ServiceError(404, 'This class is not shared with you.');
  }

  /**
   * Invitations waiting for the caller, with the class's name (cut to what the app reads: anyone may
   * address an invitation to her, under any name) and its owner's.
   */
  async invitationsTo(accountId: string): Promise<InvitationToMe[]> {
    const rows = await this.db
      .selectFrom('invitations')
      .innerJoin('accounts as me', (join) => join.onRef('me.email', '=', 'invitations.email'))
      .innerJoin('spaces', 'spaces.id', 'invitations.space_id')
      .innerJoin('accounts as owner', 'owner.id', 'spaces.owner_id')
      .leftJoin('fields', (join) =>
        join
          .onRef('fields.space_id', '=', 'spaces.id')
          .on('fields.tbl', '=', 'classes')
          .onRef('fields.row_id', '=', 'spaces.class_id')
          .on('fields.field', '=', 'name'),
      )
      .select([
        'invitations.id',
        'invitations.role',
        'invitations.expires_at',
        'spaces.class_id',
        'owner.name as owner_name',
        'owner.email as owner_email',
        'fields.value as class_name',
      ])
      .where('me.id', '=', accountId)
      .where('invitations.expires_at', '>', new Date(this.now()).toISOString())
      .where('invitations.wrong_codes', '<', WRONG_CODES_ALLOWED)
      .orderBy('invitations.created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      classId: r.class_id ?? '',
      className: classNameOf(r.class_name),
      owner: r.owner_name || r.owner_email,
      role: r.role,
      expiresAt: r.expires_at,
    }));
  }

  /** Joins the class whose invitation this code opens (invitations.ts says what is refused). */
  accept(accountId: string, typed: string): Promise<Joined> {
    return acceptInvitation(this.db, this.now, this.guesses, accountId, typed);
  }

  async decline(accountId: string, invitationId: string): Promise<void> {
    await this.db
      .deleteFrom('invitations')
      .where('id', '=', invitationId)
      .where('email', 'in', (eb) => eb.selectFrom('accounts').select('email').where('id', '=', accountId))
      .execute();
  }

  /** The name co-teachers see for her (her email stands in while it is empty). */
  async setName(accountId: string, name: string): Promise<void> {
    await this.db.updateTable('accounts').set({ name }).where('id', '=', accountId).execute();
  }

  async nameOf(accountId: string): Promise<string> {
    const row = await this.db
      .selectFrom('accounts')
      .select('name')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    return row.name;
  }
}
