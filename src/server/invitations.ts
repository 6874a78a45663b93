// Invitations by one-time code: the code's two halves (a public handle that finds the invitation, a
// secret kept only as a hash), and accepting one. The owner's consent is the code she hands over.
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { CLASS_NAME_MAX, type Joined } from '../protocol/account.ts';
import { ServiceError } from './errors.ts';
import type { FailureWindow } from './rateLimit.ts';
import type { Database } from './schema.ts';

/** Letters and digits that cannot be misread for one another (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const HALF = 4;
export const INVITATION_DAYS = 14;
export const WRONG_CODES_ALLOWED = 5;
export const DAY_MS = 24 * 60 * 60 * 1000;

export function randomHalf(): string {
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

export const secretHash = (invitationId: string, secret: string) =>
  createHash('sha256').update(`${invitationId}:${secret}`).digest('hex');

/** A class's stored name (JSON text) as an invitation shows it: cut to what the app reads. */
export function classNameOf(stored: string | null): string {
  const name: unknown = stored === null ? null : JSON.parse(stored);
  if (typeof name !== 'string' || name.trim() === '') return 'a class';
  if (name.length <= CLASS_NAME_MAX) return name;
  // Never half of a surrogate pair (an emoji) at the cut.
  const cut = name.slice(0, CLASS_NAME_MAX - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

const lockedError = () =>
  new ServiceError(
    403,
    'This invitation was locked after five wrong codes. Ask the teacher who shared the class for a new one.',
  );

/**
 * Joins the class whose invitation this code opens. Refused: a code that opens nothing (a guess), an
 * expired or cancelled invitation, one locked by five wrong codes, one that names another teacher's email,
 * and an invitation already used. Each wrong code for a real invitation counts towards its lock.
 *
 * Codes may arrive all at once, on several server processes over one database: the account's try is
 * counted before the database is asked; the wrong-code count goes up in the database, which says what it
 * came to (the lock is decided from that); and the invitation is used up by deleting it, so that only the
 * one request whose delete found it makes a member.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  now: () => number,
  guesses: FailureWindow,
  accountId: string,
  typed: string,
): Promise<Joined> {
  const { wait, stamp } = guesses.take(accountId);
  if (wait > 0)
    throw new ServiceError(
      429,
      `Too many codes that did not match: try again in ${Math.ceil(wait / 60)} minutes.`,
    );
  const nothing = () =>
    new ServiceError(
      404,
      'That code opens no invitation. Check it with the teacher who shared the class (codes look like K7QM-4XRT).',
    );
  const code = normaliseCode(typed);
  if (!code) throw nothing();
  let joined: Joined | null;
  try {
    joined = await db.transaction().execute((tx) => useCode(tx, now, accountId, code));
  } catch (error) {
    // Refused for another reason than a code that opens nothing: that try was no guess.
    guesses.giveBack(accountId, stamp);
    throw error;
  }
  // A code that opens nothing returns rather than throws, so that its count commits with the transaction;
  // the try taken above stays counted.
  if (!joined) throw nothing();
  guesses.giveBack(accountId, stamp);
  return joined;
}

async function useCode(
  tx: Transaction<Database>,
  now: () => number,
  accountId: string,
  code: { handle: string; secret: string },
): Promise<Joined | null> {
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
  if (invitation.wrong_codes >= WRONG_CODES_ALLOWED) throw lockedError();
  if (invitation.expires_at <= new Date(now()).toISOString())
    throw new ServiceError(
      410,
      `This invitation expired (they last ${INVITATION_DAYS} days). Ask the teacher who shared the class for a new one.`,
    );
  const given = Buffer.from(secretHash(invitation.id, code.secret), 'hex');
  if (!timingSafeEqual(given, Buffer.from(invitation.secret_hash, 'hex'))) {
    // Counted in the database, which answers what the count came to: wrong codes sent together each
    // see their own number, and those past the fifth are told it is locked.
    const counted = await tx
      .updateTable('invitations')
      .set((eb) => ({ wrong_codes: eb('wrong_codes', '+', 1) }))
      .where('id', '=', invitation.id)
      .returning('wrong_codes')
      .executeTakeFirst();
    if (counted && counted.wrong_codes > WRONG_CODES_ALLOWED) throw lockedError();
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
  // Used up first: of codes entered together, only the request whose delete finds the invitation (not
  // locked meanwhile) goes on; the others wait for it and find nothing.
  const used = await tx
    .deleteFrom('invitations')
    .where('id', '=', invitation.id)
    .where('wrong_codes', '<', WRONG_CODES_ALLOWED)
    .executeTakeFirst();
  if (Number(used.numDeletedRows) === 0) {
    const still = await tx
      .selectFrom('invitations')
      .select('id')
      .where('id', '=', invitation.id)
      .executeTakeFirst();
    if (still) throw lockedError();
    return null;
  }
  await tx
    .insertInto('members')
    .values({
      space_id: invitation.space_id,
      account_id: accountId,
      role: invitation.role,
      added_at: new Date(now()).toISOString(),
    })
    .onConflict((oc) => oc.columns(['space_id', 'account_id']).doUpdateSet({ role: invitation.role }))
    .execute();
  return {
    classId: invitation.class_id ?? '',
    className: classNameOf(invitation.class_name),
    owner: invitation.owner_name || invitation.owner_email,
    role: invitation.role,
  };
}
