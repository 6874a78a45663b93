// Her sync account on this device: create it or sign in (inside the installed app: its storage is its
// own), remember the server and token, sign out. Data on the device stays either way.
import { getSetting, setSetting } from '../data/index.ts';
import { HttpTransport, type SyncTransport } from './transport.ts';

export function transportFor(server: string): SyncTransport {
  return new HttpTransport(server);
}

export function normalizeServer(raw: string): string {
  const value = raw.trim().replace(/\/+$/, '');
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('The server address starts with https://');
  return url.origin;
}

export interface SignedIn {
  server: string;
  email: string;
  token: string;
}

/** Creates the account first when asked; returns what to remember (the caller stores it). */
export async function signIn(
  server: string,
  email: string,
  password: string,
  create: boolean,
): Promise<SignedIn> {
  const origin = normalizeServer(server);
  const transport = transportFor(origin);
  if (create) await transport.createAccount(email, password);
  const token = await transport.signIn(email, password);
  return { server: origin, email: email.trim().toLowerCase(), token };
}

export async function signOut(): Promise<void> {
  const [server, token] = await Promise.all([getSetting('syncServer'), getSetting('syncToken')]);
  await setSetting('syncToken', null);
  // Best effort: offline, the token is forgotten here and expires with the session on the server.
  if (server && token)
    await transportFor(server)
      .signOut(token)
      .catch(() => undefined);
}
