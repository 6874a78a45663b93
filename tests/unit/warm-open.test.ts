// public/warm.js opens the app's database while the page loads its code (a cold open is slow), and must
// never make or change it: run here as the page runs it, on a real IndexedDB implementation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClass, listClasses } from '../../src/data/index.ts';
import { DEFAULT_DB_NAME, openStore } from '../../src/data/store.ts';

const script = readFileSync('public/warm.js', 'utf8');

/** Runs the page's script, then waits until its open has answered and its handler has run. */
async function runWarm(): Promise<void> {
  const { open } = indexedDB;
  let request: IDBOpenDBRequest | undefined;
  indexedDB.open = (...args: Parameters<typeof open>) => {
    request = open.apply(indexedDB, args);
    return request;
  };
  try {
    new Function(script)();
  } finally {
    indexedDB.open = open;
  }
  const asked = request as IDBOpenDBRequest;
  // Its own handlers were set first, so they have run when ours run.
  await new Promise<void>((resolve) => {
    asked.addEventListener('success', () => resolve());
    asked.addEventListener('error', () => resolve());
  });
}

describe('the warm-up open in index.html', () => {
  it('is loaded by the page and names the app’s database', () => {
    expect(readFileSync('index.html', 'utf8')).toContain('<script async src="/warm.js"></script>');
    expect(script).toContain(`indexedDB.open('${DEFAULT_DB_NAME}')`);
  });

  it('makes no database on a first visit, then lets the app make and read its own', async () => {
    await runWarm();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DEFAULT_DB_NAME);
    const store = openStore(DEFAULT_DB_NAME);
    await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    store.db.close();
    await runWarm();
    const again = openStore(DEFAULT_DB_NAME);
    expect((await listClasses(again)).map((c) => c.name)).toEqual(['Room 9']);
    expect((await indexedDB.databases()).find((d) => d.name === DEFAULT_DB_NAME)?.version).toBe(
      again.db.verno * 10,
    );
    again.db.close();
  });
});
