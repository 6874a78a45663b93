// Her sync account on this device: the server, the email and the token, read from the settings once and
// then kept in one cache that every reader uses (the scheduler, Settings); only the operations in
// client.ts change it, each writing the settings once. Data on the device stays whatever happens here.
import { getSetting, setSetting } from '../data/index.ts';
import { createStatus } from '../data/status.ts';
import { HttpTransport, type SyncTransport } from './transport.ts';

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

export function transportFor(server: string): SyncTransport {
  return new HttpTransport(server);
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
