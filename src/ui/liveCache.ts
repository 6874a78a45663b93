// The last value of each keyed live query, so a screen that comes back (the grid after the sheet) paints
// at once with what it showed, while its live query re-reads. Values are only ever data-layer results,
// or a cached view updated with a record the data layer has just committed.
const cache = new Map<string, unknown>();

export function cached<T>(key: string): T | undefined {
  return cache.get(key) as T | undefined;
}

export function remember(key: string, value: unknown): void {
  cache.set(key, value);
}

/** Updates every cached value whose key starts with `prefix`. */
export function updateCached<T>(prefix: string, update: (value: T) => T): void {
  for (const [key, value] of cache) if (key.startsWith(prefix)) cache.set(key, update(value as T));
}
