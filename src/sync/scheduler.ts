// When to sync: at start, when the connection comes back, when the app returns to the foreground, a
// moment after local writes, and every 30 s while visible. Never while offline, never on the path of a
// tap (it runs in the background), with backoff after failures. iPad Safari has no Background Sync:
// nothing here depends on it. Publishes a status the top bar always shows.
import {
  createStatus,
  type NoLongerShared,
  noLongerShared,
  onOutboxChange,
  parkedChanges,
  pendingSummary,
  type Store,
} from '../data/index.ts';
import type { SyncAccount } from './account.ts';
import { SyncHttpError, UnreachableError } from './errors.ts';
import type { SyncTransport } from './transport.ts';

/**
 * `waiting`: records (not fields) not yet on the server; `conferences`: how many of them are conferences;
 * `noLongerShared`: classes a sync took off this device that she has not been told of yet (the top bar
 * does not say a plain "Synced" then).
 */
interface Waiting {
  waiting: number;
  conferences?: number;
  noLongerShared?: NoLongerShared[];
}

export type SyncState =
  | ({ kind: 'signed-out' } & Waiting)
  | ({ kind: 'offline' } & Waiting)
  | ({ kind: 'syncing' } & Waiting)
  | ({ kind: 'synced'; at: number; setAside: number } & Waiting)
  | ({ kind: 'error'; reason: string; signInAgain?: boolean } & Waiting);

const AFTER_WRITE_MS = 2000;
const EVERY_MS = 30_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** The clock the scheduler waits by; tests hand it a faster one. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export function backoffMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(MAX_BACKOFF_MS, 5000 * 2 ** (failures - 1));
}

export class SyncScheduler {
  readonly status = createStatus<SyncState>({ kind: 'signed-out', waiting: 0 });
  private timer: unknown = null;
  private running = false;
  private again = false;
  private failures = 0;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly transportFor: (server: string) => SyncTransport,
    private readonly account: () => Promise<SyncAccount>,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Listens and syncs until `stop()`, which removes every listener and timer it added. */
  start(): void {
    const soon = () => this.schedule(0);
    const offline = () => void this.refresh();
    const onVisible = () => document.visibilityState === 'visible' && soon();
    window.addEventListener('online', soon);
    window.addEventListener('offline', offline);
    window.addEventListener('pageshow', soon);
    document.addEventListener('visibilitychange', onVisible);
    const every = this.timers.setInterval(
      () => document.visibilityState === 'visible' && this.schedule(0),
      EVERY_MS,
    );
    this.cleanups.push(
      () => window.removeEventListener('online', soon),
      () => window.removeEventListener('offline', offline),
      () => window.removeEventListener('pageshow', soon),
      () => document.removeEventListener('visibilitychange', onVisible),
      () => this.timers.clearInterval(every),
      onOutboxChange(() => {
        void this.refresh();
        this.schedule(AFTER_WRITE_MS);
      }, this.store),
    );
    this.schedule(0);
  }

  stop(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Sync as soon as possible (after a sign-in, or "Sync now"). */
  now(): void {
    this.failures = 0;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => void this.run(), Math.max(delayMs, backoffMs(this.failures)));
  }

  private async waiting(): Promise<Waiting> {
    try {
      const [{ records, conferences }, removed] = await Promise.all([
        pendingSummary(this.store),
        noLongerShared(this.store),
      ]);
      return { waiting: records, conferences, noLongerShared: removed };
    } catch {
      const { waiting, conferences, noLongerShared } = this.status.get();
      return { waiting, conferences, noLongerShared };
    }
  }

  /** Updates the waiting count, the classes to tell her of (and offline / signed-out) without syncing. */
  async refresh(): Promise<void> {
    const waiting = await this.waiting();
    const current = this.status.get();
    if (!(await this.account()).token) this.status.set({ kind: 'signed-out', ...waiting });
    else if (!navigator.onLine) this.status.set({ kind: 'offline', ...waiting });
    else this.status.set({ ...current, ...waiting });
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    const { server, token } = await this.account();
    const waiting = await this.waiting();
    if (!server || !token) return this.status.set({ kind: 'signed-out', ...waiting });
    if (!navigator.onLine) return this.status.set({ kind: 'offline', ...waiting });
    this.running = true;
    this.status.set({ kind: 'syncing', ...waiting });
    try {
      const deviceId = (await this.store.clock()).node;
      // The engine loads with the first sync (precached, so offline too): the app shell stays small.
      const { syncOnce } = await import('./engine.ts');
      await syncOnce({ store: this.store, transport: this.transportFor(server), token, deviceId });
      this.failures = 0;
      // Signed out while this sync was on the wire: the status says so, not "Synced".
      if ((await this.account()).token !== token)
        return this.status.set({ kind: 'signed-out', ...(await this.waiting()) });
      const setAside = (await parkedChanges(this.store)).length;
      this.status.set({ kind: 'synced', ...(await this.waiting()), at: Date.now(), setAside });
    } catch (error) {
      if ((await this.account()).token !== token)
        return this.status.set({ kind: 'signed-out', ...(await this.waiting()) });
      this.failures += 1;
      // Signed out from another device, or unused too long: the notes wait here until she signs in again.
      const signedOut = error instanceof SyncHttpError && error.status === 401;
      const reason =
        error instanceof UnreachableError
          ? 'the sync server cannot be reached; your notes are safe on this device'
          : signedOut
            ? 'this device is signed out of your account; your notes stay here: sign in again in Settings to sync them'
            : error instanceof Error
              ? error.message
              : String(error);
      this.status.set({
        kind: 'error',
        ...(await this.waiting()),
        reason,
        ...(signedOut ? { signInAgain: true } : {}),
      });
      if (!signedOut) this.schedule(backoffMs(this.failures));
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    }
  }
}
