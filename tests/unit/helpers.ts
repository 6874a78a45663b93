// A fresh device store per test, each on its own in-memory IndexedDB database.
import { openStore, type Store } from '../../src/data/index.ts';

let counter = 0;

export function freshStore(nodeId = '00000000000000a1', now?: () => number): Store {
  counter += 1;
  return openStore(`test-${counter}-${Math.random().toString(36).slice(2)}`, { nodeId, now });
}
