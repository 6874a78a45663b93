// Sharing a class: its owner invites another account by email as co-teacher or coach, the invited teacher
// accepts on her device, and the owner may remove her again. Only the owner manages a class's members; a
// member may leave. What a member may read and write follows from here (spaces.ts), on every request.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SharedClass } from '../protocol/types.ts';
import { ServiceError } from './errors.ts';
import type { Database, MemberRole } from './schema.ts';
import type { Access } from './spaces.ts';

export interface Member {
  accountId: string;
  name: string;
  email: string;
  role: MemberRole;
}

export interface Invitation {
  id: string;
  email: string;
  role: MemberRole;
  createdAt: string;
}

/** An invitation as the invited teacher sees it. */
export interface InvitationToMe {
  id: string;
  classId: string;
  className: string;
  owner: string;
  role: MemberRole;
}

export class SharingService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => number = Date.now,
  ) {}

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

  async invite(accountId: string, classId: string, email: string, role: MemberRole): Promise<Invitation> {
    const space = await this.ownedSpace(accountId, classId);
    const to = email.trim().toLowerCase();
    const me = await this.db
      .selectFrom('accounts')
      .select('email')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    if (me.email === to) throw new ServiceError(400, 'That is your own email: invite another teacher.');
    const member = await this.db
      .selectFrom('members')
      .innerJoin('accounts', 'accounts.id', 'members.account_id')
      .select('members.role')
      .where('members.space_id', '=', space)
      .where('accounts.email', '=', to)
      .executeTakeFirst();
    if (member)
      throw new ServiceError(409, `${to} already shares this class. Remove her first to change her role.`);
    const invitation: Invitation = {
      id: randomUUID(),
      email: to,
      role,
      createdAt: new Date(this.now()).toISOString(),
    };
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('invitations').where('space_id', '=', space).where('email', '=', to).execute();
      await tx
        .insertInto('invitations')
        .values({ id: invitation.id, space_id: space, email: to, role, created_at: invitation.createdAt })
        .execute();
    });
    return invitation;
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
      .select(['id', 'email', 'role', 'created_at'])
      .where('space_id', '=', space)
      .orderBy('created_at')
      .execute();
    return {
      members: members.map((m) => ({ accountId: m.id, name: m.name, email: m.email, role: m.role })),
      invitations: invitations.map((i) => ({
        id: i.id,
        email: i.email,
        role: i.role,
        createdAt: i.created_at,
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
        'spaces.class_id',
        'owner.name as owner_name',
        'owner.email as owner_email',
        'fields.value as class_name',
      ])
      .where('me.id', '=', accountId)
      .orderBy('invitations.created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      classId: r.class_id ?? '',
      className: r.class_name ? String(JSON.parse(r.class_name)) : 'a class',
      owner: r.owner_name || r.owner_email,
      role: r.role,
    }));
  }

  async accept(accountId: string, invitationId: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const invitation = await tx
        .selectFrom('invitations')
        .innerJoin('accounts', 'accounts.email', 'invitations.email')
        .select(['invitations.space_id', 'invitations.role'])
        .where('invitations.id', '=', invitationId)
        .where('accounts.id', '=', accountId)
        .executeTakeFirst();
      if (!invitation)
        throw new ServiceError(404, 'That invitation is gone: the owner may have cancelled it.');
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
      await tx.deleteFrom('invitations').where('id', '=', invitationId).execute();
    });
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
