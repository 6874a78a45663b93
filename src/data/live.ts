// Live queries for the screens: run a named query, and run it again whenever this device's data changes
// (a write here, in another tab, or from sync). Re-runs on any change to the store rather than tracking
// the exact ranges read: Dexie's fine-grained liveQuery relies on its async zones surviving every await,
// and in Chromium they did not survive our nested data-layer reads (a goal added on the student page
// never re-ran the page's query). At one teacher's scale a re-run is a few milliseconds.
import Dexie, { type ObservabilitySet } from 'dexie';
import { appStore, type Store } from './store.ts';

export interface LiveSubscription {
  unsubscribe(): void;
}
export interface LiveSource<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): LiveSubscription;
}

/** Bookkeeping that changes with every write and that no screen shows. */
const IGNORED = new Set(['outbox', 'meta', 'incoming', 'recordings']);

export function touches(parts: ObservabilitySet, dbName: string): boolean {
  const prefix = `idb://${dbName}/`;
  return Object.keys(parts).some(
    (part) => part.startsWith(prefix) && !IGNORED.has(part.slice(prefix.length).split('/')[0] ?? ''),
  );
}

export function observe<T>(query: () => Promise<T>, store: Store = appStore()): LiveSource<T> {
  return {
    subscribe(observer) {
      let active = true;
      let running = false;
      let again = false;
      const run = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          const value = await query();
          if (active) observer.next(value);
        } catch (error) {
          if (active) observer.error(error);
        } finally {
          running = false;
          if (again && active) {
            again = false;
            void run();
          }
        }
      };
      const onChange = (parts: ObservabilitySet) => {
        if (active && touches(parts, store.db.name)) void run();
      };
      Dexie.on('storagemutated', onChange);
      void run();
      return {
        unsubscribe() {
          active = false;
          Dexie.on('storagemutated').unsubscribe(onChange);
        },
      };
    },
  };
}

/** Calls `listener` after any write that added to (or cleared) the outbox: sync's cue. */
export function onOutboxChange(listener: () => void, store: Store = appStore()): () => void {
  const part = `idb://${store.db.name}/outbox/`;
  const handler = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((p) => p.startsWith(part))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
