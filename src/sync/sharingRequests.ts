// Sharing a class, from the class's page and the class list: its members and invitations (for its
// owner), invitations waiting for her, her name as co-teachers see it. Loaded with those screens, not
// with the app shell; each call goes to her sync server with this device's token. A change of who shares
// a class reaches the devices at their next sync, which is started here at once.
import type { ClassMembers, InvitationToMe, Joined, NewInvitation } from '../protocol/account.ts';
import type { SyncClient } from './client.ts';

export type { ClassMembers, InvitationToMe, Joined, NewInvitation };
export type Role = 'coteacher' | 'coach';

async function http(client: SyncClient) {
  const { server, token } = await client.signedIn();
  const { HttpTransport } = await import('./transport.ts');
  return { token, http: new HttpTransport(server) };
}

export async function classMembers(client: SyncClient, classId: string): Promise<ClassMembers> {
  const { token, http: h } = await http(client);
  return h.members(token, classId);
}

/** A new invitation: its one-time code is in the answer, shown to the owner once. */
export async function inviteToClass(
  client: SyncClient,
  classId: string,
  email: string,
  role: Role,
): Promise<NewInvitation> {
  const { token, http: h } = await http(client);
  return h.invite(token, classId, email, role);
}

/** Removes a member: at her next sync the class leaves her devices. */
export async function removeFromClass(client: SyncClient, classId: string, accountId: string) {
  const { token, http: h } = await http(client);
  await h.removeMember(token, classId, accountId);
}

export async function cancelInvitation(client: SyncClient, classId: string, id: string) {
  const { token, http: h } = await http(client);
  await h.cancelInvitation(token, classId, id);
}

export async function myInvitations(client: SyncClient): Promise<InvitationToMe[]> {
  const { token, http: h } = await http(client);
  return h.invitations(token);
}

/** Joins the class a code opens: the class comes down with the sync that starts now. */
export async function joinWithCode(client: SyncClient, code: string): Promise<Joined> {
  const { token, http: h } = await http(client);
  const joined = await h.acceptInvitation(token, code);
  client.now();
  return joined;
}

export async function declineInvitation(client: SyncClient, id: string) {
  const { token, http: h } = await http(client);
  await h.declineInvitation(token, id);
}

export async function setMyName(client: SyncClient, name: string) {
  const { token, http: h } = await http(client);
  await h.setName(token, name);
}

export async function myName(client: SyncClient): Promise<string> {
  const { token, http: h } = await http(client);
  return (await h.account(token)).name ?? '';
}
