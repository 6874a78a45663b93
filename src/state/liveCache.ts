// The last value of each keyed live query, so a screen that comes back (the grid after the sheet) paints
// at once with what it showed, while its live query re-reads. Values are only ever data-layer results,
// or a cached view updated with a record the data layer has just committed; a screen still mounted under
// the sheet is told of such an update at once (watchCached).
const cache = new Map<string, unknown>();
const watchers = new Map<string, Set<(value: unknown) => void>>();

export function cached<T>(key: string): T | undefined {
  return cache.get(key) as T | undefined;
}

export function remember(key: string, value: unknown): void {
  cache.set(key, value);
}

/**
 * A value read before its screen asked (the first screen's reads start at launch, main.tsx): kept, and
 * given at once to a screen already showing `key` — unless the screen's own query has given one already,
 * which began later and so is as new or newer.
 */
export function provide(key: string, value: unknown): void {
  if (cache.has(key)) return;
  cache.set(key, value);
  for (const watcher of watchers.get(key) ?? []) watcher(value);
}

/** Calls `onUpdate` with each value updateCached or provide gives `key`; returns the unsubscribe. */
export function watchCached<T>(key: string, onUpdate: (value: T) => void): () => void {
  const set = watchers.get(key) ?? new Set();
  const watcher = onUpdate as (value: unknown) => void;
  set.add(watcher);
  watchers.set(key, set);
  return () => {
    set.delete(watcher);
    if (set.size === 0) watchers.delete(key);
  };
}

/** Updates every cached value whose key starts with `prefix`, and tells the screens showing it. */
export function updateCached<T>(prefix: string, update: (value: T) => T): void {
  for (const [key, value] of cache) {
    if (!key.startsWith(prefix)) continue;
    const next = update(value as T);
    cache.set(key, next);
    for (const watcher of watchers.get(key) ?? []) watcher(next);
  }
}
