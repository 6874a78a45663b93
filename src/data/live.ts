// Live queries for the screens: re-run a named query whenever the tables it read change.
import { liveQuery } from 'dexie';

export interface LiveSubscription {
  unsubscribe(): void;
}
export interface LiveSource<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): LiveSubscription;
}

/** Wraps a query (built from this layer's read functions) as a live source. */
export function observe<T>(query: () => Promise<T>): LiveSource<T> {
  return liveQuery(query);
}
