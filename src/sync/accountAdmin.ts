// Her account itself, from Settings: the devices signed in to it, the password, deleting it. Loaded with
// Settings, not with the app shell; each call goes to her sync server with this device's token.

import type { Device } from '../protocol/account.ts';
import type { SyncClient } from './client.ts';

async function admin(client: SyncClient) {
  const { server, token } = await client.signedIn();
  const { HttpTransport } = await import('./transport.ts');
  return { token, http: new HttpTransport(server) };
}

/** The devices signed in to her account. */
export async function listDevices(client: SyncClient): Promise<Device[]> {
  const { token, http } = await admin(client);
  return http.devices(token);
}

/** Signs a device out of her account at once (this one too: then it stops syncing here). */
export async function signOutDevice(client: SyncClient, device: Device): Promise<void> {
  const { token, http } = await admin(client);
  await http.signOutDevice(token, device.id);
  if (device.current) await client.forgetToken();
}

export async function changePassword(
  client: SyncClient,
  change: { password: string; newPassword: string; signOutOthers: boolean },
): Promise<void> {
  const { token, http } = await admin(client);
  await http.changePassword(token, change);
}

/** Deletes her account and everything of it on the server; what is on this device stays. */
export async function deleteAccount(
  client: SyncClient,
  check: { password: string; confirm: string },
): Promise<void> {
  const { token, http } = await admin(client);
  await http.deleteAccount(token, check);
  await client.forgetToken();
}
