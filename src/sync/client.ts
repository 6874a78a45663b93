// The sync client's door for the screens: sign in, create an account, sign out, sync now. Each operation
// writes the account settings once (account.ts) and starts or stops the scheduler, so no screen touches
// a token or a setting.
import type { Store } from '../data/index.ts';
import { getSetting } from '../data/index.ts';
import { currentAccount, normalizeServer, rememberAccount, type SyncAccount } from './account.ts';
import { SyncScheduler, type Timers } from './scheduler.ts';
import type { AccountInfo, SyncTransport } from './transport.ts';

export class SyncClient {
  readonly scheduler: SyncScheduler;
  private started = false;

  constructor(
    private readonly store: Store,
    private readonly transportFor: (server: string) => SyncTransport,
    private readonly account: () => Promise<SyncAccount> = currentAccount,
    private readonly remember: (account: SyncAccount) => Promise<void> = rememberAccount,
    timers?: Timers,
  ) {
    this.scheduler = new SyncScheduler(store, transportFor, account, timers);
  }

  get status() {
    return this.scheduler.status;
  }

  /** At app start: syncs from now on if she is signed in; otherwise says so and waits for a sign-in. */
  async resume(): Promise<void> {
    if ((await this.account()).token) this.startScheduler();
    else await this.scheduler.refresh();
  }

  /** Signs in (inside the installed app: its storage is its own) and starts syncing. */
  async signIn(server: string, email: string, password: string): Promise<void> {
    const origin = normalizeServer(server);
    const name = (await getSetting('deviceName')) || (await import('./deviceName.ts')).guessDeviceName();
    const token = await this.transportFor(origin).signIn(email, password, name);
    await this.remember({ server: origin, email: email.trim().toLowerCase(), token });
    this.startScheduler();
    this.scheduler.now();
  }

  async createAccount(server: string, email: string, password: string): Promise<void> {
    await this.transportFor(normalizeServer(server)).createAccount(email, password);
    await this.signIn(server, email, password);
  }

  /** Forgets the token here and stops syncing; the notes stay on the device. */
  async signOut(): Promise<void> {
    const account = await this.account();
    await this.forgetToken();
    // Best effort: offline, the token is forgotten here and expires with the session on the server.
    if (account.server && account.token)
      await this.transportFor(account.server)
        .signOut(account.token)
        .catch(() => undefined);
  }

  now(): void {
    this.scheduler.now();
  }

  /** The server and token, for the account's own calls (accountAdmin.ts), or why there are none. */
  async signedIn(): Promise<{ server: string; token: string }> {
    const { server, token } = await this.account();
    if (!server || !token) throw new Error('Sign in to your sync account first.');
    return { server, token };
  }

  /** Forgets the token here and stops syncing (the server already ended it, or is told separately). */
  async forgetToken(): Promise<void> {
    const account = await this.account();
    await this.remember({ ...account, token: null });
    this.scheduler.stop();
    this.started = false;
    await this.scheduler.refresh();
  }

  /** Brings one recording's or photo's bytes to this device now (she opened it). */
  async fetchBlob(sha256: string, mime: string): Promise<void> {
    const { server, token } = await this.account();
    if (!server || !token)
      throw new Error('This file is on another device: sign in to sync to bring it here.');
    const { downloadBlob } = await import('./blobs.ts');
    await downloadBlob(
      { store: this.store, transport: this.transportFor(server), token, deviceId: '' },
      sha256,
      mime,
    );
  }

  /** What her recordings and photos take on the server. */
  async serverUsage(): Promise<AccountInfo | null> {
    const { server, token } = await this.account();
    if (!server || !token) return null;
    return this.transportFor(server).account(token);
  }

  private startScheduler(): void {
    if (this.started) return;
    this.started = true;
    this.scheduler.start();
  }
}
