// The account, device and sharing calls on the wire: each request and each answer declared once, here.
// The server parses every request with these (src/server/apiRoutes.ts, sharingRoutes.ts); the app checks
// every answer with them before it believes it (src/sync/transport.ts). Sync changes have their own file
// (change.ts). zod: the app loads this only with its first call to the server.
import { z } from 'zod';

/** A display name: printable, trimmed, at most 80 characters. */
export const displayName = z
  .string()
  .max(80)
  .transform((name) => name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim());

/** A new account: an email and a password of at least 8 characters. */
export const credentialsSchema = z.object({
  email: z.string().trim().min(3).max(320).email('Enter an email address.'),
  password: z.string().min(8, 'Use a password of at least 8 characters.').max(200),
});

/** A sign-in; the device gives its name ("Ms. Lee's iPad"), shown in Settings → Devices. */
export const signInSchema = z.object({
  // No account's email holds a control character (credentialsSchema), and PostgreSQL text cannot hold a NUL.
  email: z
    .string()
    .max(320)
    .refine((email) => !/\p{Cc}/u.test(email), 'an email has no control characters'),
  password: z.string().max(200),
  deviceName: z
    .string()
    .max(80)
    .optional()
    .transform((name) => (name ?? '').replace(/[\p{Cc}\p{Cf}]/gu, '').trim()),
});

export const passwordChangeSchema = z.object({
  password: z.string().max(200),
  newPassword: credentialsSchema.shape.password,
  signOutOthers: z.boolean(),
});

/** Deleting the account: her password, and her email typed again. */
export const accountDeletionSchema = z.object({
  password: z.string().max(200),
  confirm: z.string().max(320),
});

export const nameSchema = z.object({ name: displayName });

const role = z.enum(['coteacher', 'coach']);

/** An invitation the owner makes: the email is optional (then only that account may accept it). */
export const invitationRequestSchema = z.object({
  email: z
    .union([z.literal(''), z.string().trim().min(3).max(320).email('Enter an email address.')])
    .default(''),
  role,
});

/** The one-time code the invited teacher enters. */
export const codeSchema = z.object({ code: z.string().max(40) });

export const sessionResponseSchema = z.object({ token: z.string().min(20).max(200) });

/** A device signed in to her account, as Settings → Devices lists it. */
export const deviceSchema = z.object({
  id: z.string().max(64),
  name: z.string().max(80),
  createdAt: z.string().max(32),
  lastUsedAt: z.string().max(32).nullable(),
  lastSyncAt: z.string().max(32).nullable(),
  /** The device asking. */
  current: z.boolean(),
});
export type Device = z.infer<typeof deviceSchema>;

export const devicesResponseSchema = z.object({ devices: z.array(deviceSchema) });

/** A class's members and waiting invitations, as its owner sees them. */
export const membersResponseSchema = z.object({
  members: z.array(
    z.object({ accountId: z.string().max(64), name: z.string().max(80), email: z.string().max(320), role }),
  ),
  invitations: z.array(
    z.object({
      id: z.string().max(64),
      email: z.string().max(320),
      role,
      createdAt: z.string().max(32),
      expiresAt: z.string().max(32),
      locked: z.boolean(),
    }),
  ),
});
export type ClassMembers = z.infer<typeof membersResponseSchema>;

/** A new invitation, with the one-time code the owner hands to the teacher she invites (shown once). */
export const newInvitationSchema = z.object({
  id: z.string().max(64),
  email: z.string().max(320),
  role,
  createdAt: z.string().max(32),
  expiresAt: z.string().max(32),
  locked: z.boolean(),
  code: z.string().regex(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/),
});
export type NewInvitation = z.infer<typeof newInvitationSchema>;

/**
 * The longest class name an invitation or a join answer carries. A class's own name may be any text a
 * field holds; the server cuts a longer one to this (ending in "…") before it answers.
 */
export const CLASS_NAME_MAX = 400;

/** The class she joined with a code. */
export const joinedSchema = z.object({
  classId: z.string().max(64),
  className: z.string().max(CLASS_NAME_MAX),
  owner: z.string().max(320),
  role,
});
export type Joined = z.infer<typeof joinedSchema>;

/** An invitation waiting for her: anyone may address one to her email. */
export const invitationToMeSchema = z.object({
  id: z.string().max(64),
  classId: z.string().max(64),
  className: z.string().max(CLASS_NAME_MAX),
  owner: z.string().max(320),
  role,
  expiresAt: z.string().max(32),
});
export type InvitationToMe = z.infer<typeof invitationToMeSchema>;

/** Invitations waiting for her, as the server answers them. */
export const invitationsResponseSchema = z.object({ invitations: z.array(invitationToMeSchema) });

/**
 * The same list as the app reads it: item by item, keeping those it can read, so that one a stranger
 * made unreadable hides none of the others.
 */
export const invitationsReadSchema = z.object({
  invitations: z.array(z.unknown()).transform((items) =>
    items.flatMap((item) => {
      const read = invitationToMeSchema.safeParse(item);
      return read.success ? [read.data] : [];
    }),
  ),
});

export const accountResponseSchema = z.object({
  email: z.string(),
  /** The name co-teachers see (servers from before sharing leave it out). */
  name: z.string().max(80).optional(),
  blobBytes: z.number().nonnegative(),
  blobQuota: z.number().nonnegative(),
});
export type AccountInfo = z.infer<typeof accountResponseSchema>;
