// Sharing a class: its owner makes an invitation (co-teacher or coach) and hands its one-time code to the
// teacher she means; that teacher enters the code on her device to join, and the owner may remove her
// again. The code is the owner's consent: an email address alone (no one has verified it) opens nothing.
// Only the owner manages a class's members; a member may leave. What a member may read and write follows
// from here (spaces.ts), on every request.
import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClassMembers, InvitationToMe, Joined, NewInvitation } from '../protocol/account.ts';
import type { Person, SharedClass } from '../protocol/types.ts';
import { ServiceError } from './errors.ts';
import { FailureWindow } from './rateLimit.ts';
import type { Database, MemberRole } from './schema.ts';
import type { Access } from './spaces.ts';

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const HALF = 4;
export const INVITATION_DAYS = 14;
export const WRONG_CODES_ALLOWED = 5;
const DAY_MS = 24 * 60 * 60 * 1000;

function randomHalf(): string {
  let text = '';
  for (let i = 0; i < HALF; i++) text += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return text;
}

/** A code as typed ("k7qm 4xrt", "K7QM-4XRT") in its one form, or null when it cannot be one. */
export function normaliseCode(typed: string): { handle: string; secret: string } | null {
  const text = typed.toUpperCase().replace(/[^0-9A-Z]/g, '');
  if (text.length !== 2 * HALF || [...text].some((ch) => !CODE_ALPHABET.includes(ch))) return null;
  return { handle: text.slice(0, HALF), secret: text.slice(HALF) };
}

const secretHash = (invitationId: string, secret: string) =>
  createHash('sha256').update(`${invitationId}:${secret}`).digest('hex');

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

  /** Invitations waiting for the caller, with the class's name and its owner's. */
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
      className: r.class_name ? String(JSON.parse(r.class_name)) : 'a class',
      owner: r.owner_name || r.owner_email,
      role: r.role,
      expiresAt: r.expires_at,
    }));
  }

  /**
   * Joins the class whose invitation this code opens. Refused: a code that opens nothing (a guess), an
   * expired or cancelled invitation, one locked by five wrong codes, one that names another teacher's email,
   * and an invitation already used. Each wrong code for a real invitation counts towards its lock.
   */
  async accept(accountId: string, typed: string): Promise<Joined> {
    const wait = this.guesses.retryAfter(accountId);
    if (wait > 0)
      throw new ServiceError(
        429,
        `Too many codes that did not match: try again in ${Math.ceil(wait / 60)} minutes.`,
      );
    const code = normaliseCode(typed);
    const nothing = () => {
      this.guesses.fail(accountId);
      return new ServiceError(
        404,
        'That code opens no invitation. Check it with the teacher who shared the class (codes look like K7QM-4XRT).',
      );
    };
    if (!code) throw nothing();
    const joined = await this.db.transaction().execute(async (tx) => {
      const invitation = await tx
        .selectFrom('invitations')
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
          'invitations.space_id',
          'invitations.role',
          'invitations.email',
          'invitations.secret_hash',
          'invitations.expires_at',
          'invitations.wrong_codes',
          'spaces.class_id',
          'spaces.owner_id',
          'owner.name as owner_name',
          'owner.email as owner_email',
          'fields.value as class_name',
        ])
        .where('invitations.handle', '=', code.handle)
        .executeTakeFirst();
      if (!invitation) return null;
      if (invitation.wrong_codes >= WRONG_CODES_ALLOWED)
        throw new ServiceError(
          403,
          'This invitation was locked after five wrong codes. Ask the teacher who shared the class for a new one.',
        );
      if (invitation.expires_at <= new Date(this.now()).toISOString())
        throw new ServiceError(
          410,
          `This invitation expired (they last ${INVITATION_DAYS} days). Ask the teacher who shared the class for a new one.`,
        );
      const given = Buffer.from(secretHash(invitation.id, code.secret), 'hex');
      if (!timingSafeEqual(given, Buffer.from(invitation.secret_hash, 'hex'))) {
        await tx
          .updateTable('invitations')
          .set({ wrong_codes: invitation.wrong_codes + 1 })
          .where('id', '=', invitation.id)
          .execute();
        return null;
      }
      if (invitation.owner_id === accountId)
        throw new ServiceError(400, 'This is your own class: hand the code to the teacher you invited.');
      if (invitation.email) {
        const me = await tx
          .selectFrom('accounts')
          .select('email')
          .where('id', '=', accountId)
          .executeTakeFirstOrThrow();
        if (me.email !== invitation.email)
          throw new ServiceError(
            403,
            `This invitation is for ${invitation.email}: sign in with that account to accept it.`,
          );
      }
      await tx
        .insertInto('members')
        .values({
          space_id: invitation.space_id,
          account_id: accountId,
          role: invitation.role,
          added_at: new Date(this.now()).toISOString(),
        })
        .onConflict((oc) => oc.columns(['space_id', 'account_id']).doUpdateSet({ role: invitation.role }))
        .execute();
      await tx.deleteFrom('invitations').where('id', '=', invitation.id).execute();
      return {
        classId: invitation.class_id ?? '',
        className: invitation.class_name ? String(JSON.parse(invitation.class_name)) : 'a class',
        owner: invitation.owner_name || invitation.owner_email,
        role: invitation.role,
      };
    });
    // A wrong code returns rather than throws, so that its count commits with the transaction.
    if (!joined) throw nothing();
    this.guesses.clear(accountId);
    return joined;
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

/** The class spaces of this access that are shared: hers with members, and everyone's shared with her. */
export function sharedClasses(access: Access): SharedClass[] {
  const shared: SharedClass[] = [];
  for (const s of access.spaces.values()) {
    if (s.classId === null) continue;
    if (s.role !== 'owner') shared.push({ classId: s.classId, role: s.role, owner: s.ownerName, members: 0 });
    else if (s.members > 0) shared.push({ classId: s.classId, role: 'owner', owner: '', members: s.members });
  }
  return shared;
}

/**
 * Everyone she shares a class with (the owners of classes shared with her, and the members of every shared
 * class she reads), with the name each has now: her email while she has none. Not asked for an account
 * that shares nothing, so a teacher on her own pays nothing for it.
 */
export async function peopleOf(db: Kysely<Database>, access: Access): Promise<Person[]> {
  const shared = [...access.spaces.values()].filter(
    (s) => s.classId !== null && (s.role !== 'owner' || s.members > 0),
  );
  if (shared.length === 0) return [];
  const owners = [...new Set(shared.map((s) => s.ownerId))];
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'name', 'email'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', owners),
        eb(
          'id',
          'in',
          eb
            .selectFrom('members')
            .select('account_id')
            .where(
              'space_id',
              'in',
              shared.map((s) => s.id),
            ),
        ),
      ]),
    )
    .where('id', '!=', access.accountId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name || r.email }));
}
