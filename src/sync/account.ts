// Her sync account on this device: the server, the email and the token, read from the settings once and
// then kept in one cache that every reader uses (the scheduler, Settings); only the operations in
// client.ts change it, each writing the settings once. Data on the device stays whatever happens here.
import { createStatus, getSetting, setSetting } from '../data/index.ts';
import type { SyncTransport } from './transport.ts';

export interface SyncAccount {
  server: string | null;
  email: string | null;
  token: string | null;
}

/** `null` until the settings were read. */
export const accountStatus = createStatus<SyncAccount | null>(null);

let loading: Promise<SyncAccount> | null = null;

export function currentAccount(): Promise<SyncAccount> {
  const known = accountStatus.get();
  if (known) return Promise.resolve(known);
  loading ??= (async () => {
    const [server, email, token] = await Promise.all([
      getSetting('syncServer'),
      getSetting('syncEmail'),
      getSetting('syncToken'),
    ]);
    // A change made while the settings were being read wins over what was read.
    const account = accountStatus.get() ?? { server, email, token };
    accountStatus.set(account);
    return account;
  })().finally(() => {
    loading = null;
  });
  return loading;
}

/** Writes the account's settings, then the cache: a reload finds what the screen showed. */
export async function rememberAccount(account: SyncAccount): Promise<void> {
  await Promise.all([
    setSetting('syncServer', account.server),
    setSetting('syncEmail', account.email),
    setSetting('syncToken', account.token),
  ]);
  accountStatus.set(account);
}

/**
 * The real transport to a server. The HTTP code (and its answer checks) loads with the first call, not
 * with the app shell: a sync or a sign-in is never on the path of a tap.
 */
export function transportFor(server: string): SyncTransport {
  const real = import('./transport.ts').then((m) => new m.HttpTransport(server));
  return {
    createAccount: (email, password) => real.then((t) => t.createAccount(email, password)),
    signIn: (email, password, deviceName) => real.then((t) => t.signIn(email, password, deviceName)),
    signOut: (token) => real.then((t) => t.signOut(token)),
    push: (token, request) => real.then((t) => t.push(token, request)),
    pull: (token, request) => real.then((t) => t.pull(token, request)),
    putBlob: (token, sha256, mime, bytes) => real.then((t) => t.putBlob(token, sha256, mime, bytes)),
    getBlob: (token, sha256) => real.then((t) => t.getBlob(token, sha256)),
    account: (token) => real.then((t) => t.account(token)),
  };
}

export function normalizeServer(raw: string): string {
  const value = raw.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('The server address starts with https:// (for example https://clipboard.school.org).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error('The server address starts with https://');
  return url.origin;
}
