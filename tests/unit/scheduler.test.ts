import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../src/sync/scheduler.ts';
import { syncWords } from '../../src/ui/syncWords.ts';

describe('sync backoff', () => {
  it.each([
    [0, 0],
    [1, 5_000],
    [2, 10_000],
    [3, 20_000],
    [6, 160_000],
    [7, 300_000],
    [50, 300_000],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(backoffMs(failures)).toBe(ms);
  });
});

describe('sync status words', () => {
  it.each([
    [{ kind: 'signed-out', waiting: 3 }, 'Not syncing'],
    [{ kind: 'offline', waiting: 0 }, 'Will sync when online'],
    [{ kind: 'offline', waiting: 1, conferences: 1 }, 'Waiting to sync: 1 conference'],
    [{ kind: 'offline', waiting: 3, conferences: 1 }, 'Waiting to sync: 1 conference and 2 other records'],
    [{ kind: 'syncing', waiting: 4 }, 'Syncing…'],
    [{ kind: 'synced', waiting: 0, at: 0, setAside: 0 }, 'Synced'],
    [{ kind: 'synced', waiting: 2, at: 0, setAside: 0 }, 'Synced · 2 records waiting'],
    [{ kind: 'synced', waiting: 2, conferences: 2, at: 0, setAside: 0 }, 'Synced · 2 conferences waiting'],
    [{ kind: 'synced', waiting: 0, at: 0, setAside: 1 }, 'Synced · 1 not synced, see Settings'],
    [
      { kind: 'error', waiting: 5, reason: 'the sync server cannot be reached' },
      'Sync error: the sync server cannot be reached (5 records waiting)',
    ],
  ] as const)('%o reads “%s”', (state, words) => {
    expect(syncWords(state)).toBe(words);
  });
});
