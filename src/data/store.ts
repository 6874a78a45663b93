// Owns the open database and this device's clock. A Store is one device's data; the app uses the
// default one, tests and sync simulations make several. Handles a lost connection (reopen and retry) and
// `versionchange` from a newer tab (close, then ask the teacher to reload).
import { HybridClock, newNodeId } from '../protocol/hlc.ts';
import { ClipboardDB } from './db.ts';
import { isLostConnection, type StorageError, toStorageError } from './errors.ts';
import { getSetting, setSetting } from './settings.ts';
import { createStatus, type Status } from './status.ts';

export const DEFAULT_DB_NAME = 'conferring-clipboard';

export interface StoreState {
  /** The last storage error, shown until dismissed or a later write succeeds. */
  error: StorageError | null;
  /** A newer version of the app opened the database elsewhere: this tab must reload. */
  reloadNeeded: boolean;
}

export interface Store {
  readonly db: ClipboardDB;
  readonly state: Status<StoreState>;
  /** This device's clock; the node id is loaded (or made) once. */
  clock(): Promise<HybridClock>;
}

export interface StoreOptions {
  /** A fixed node id (tests, sync simulations); otherwise the device id kept in settings. */
  nodeId?: string;
  now?: () => number;
}

export function openStore(name = DEFAULT_DB_NAME, options: StoreOptions = {}): Store {
  const db = new ClipboardDB(name);
  const state = createStatus<StoreState>({ error: null, reloadNeeded: false });
  // A mark for the cold start's phases (tests/bench/coldstart-phases.ts).
  db.on('ready', () => {
    performance.mark('database-open');
  });
  db.on('versionchange', () => {
    // Close so the newer tab can upgrade; this tab's data would be stale, so it must reload.
    db.close();
    state.set({ ...state.get(), reloadNeeded: true });
    return false;
  });
  let clock: Promise<HybridClock> | null = null;
  return {
    db,
    state,
    clock() {
      clock ??= (async () => {
        const nodeId = options.nodeId ?? (await deviceId());
        return new HybridClock(nodeId, options.now);
      })();
      return clock;
    },
  };
}

async function deviceId(): Promise<string> {
  const existing = await getSetting('deviceId');
  if (existing) return existing;
  const made = newNodeId();
  await setSetting('deviceId', made);
  return made;
}

let defaultStore: Store | null = null;

/** The app's own store. */
export function appStore(): Store {
  defaultStore ??= openStore();
  return defaultStore;
}

/**
 * Runs a database operation; if the connection was lost (iPad Safari drops it when the app sleeps) or
 * closed, reopens once and retries. Any failure reaches the caller as a StorageError with a teacher's
 * message, and is published on `store.state` for the banner.
 */
export async function withStorage<T>(store: Store, operation: () => Promise<T>): Promise<T> {
  try {
    try {
      return await operation();
    } catch (error) {
      if (!isLostConnection(error) || store.state.get().reloadNeeded) throw error;
      store.db.close();
      await store.db.open();
      return await operation();
    }
  } catch (error) {
    const failure = toStorageError(error);
    if (failure.kind !== 'invalid') store.state.set({ ...store.state.get(), error: failure });
    throw failure;
  }
}
