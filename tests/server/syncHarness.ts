// Devices and a server for sync tests: each device is its own store (fake-indexeddb database, own HLC
// node); the transport is the real server's request handler over a real SQLite file (or a real
// PostgreSQL), with no socket.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store } from '../../src/data/index.ts';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../src/protocol/types.ts';
import { SYNCED_TABLES } from '../../src/protocol/types.ts';
import { BlobService } from '../../src/server/blobService.ts';
import { FileBlobStore } from '../../src/server/blobStore.ts';
import { openDatabase } from '../../src/server/database.ts';
import { createHttpApp } from '../../src/server/http.ts';
import { SyncService } from '../../src/server/syncService.ts';
import { type SyncTarget, syncOnce } from '../../src/sync/engine.ts';
import { type FetchLike, HttpTransport, type SyncTransport } from '../../src/sync/transport.ts';
import { freshDatabase, type Kind } from './servers.ts';

let stores = 0;

export async function inProcessServer(kind: Kind = 'sqlite') {
  const dataDir = mkdtempSync(join(tmpdir(), 'clipboard-sync-'));
  const opened = await openDatabase(kind === 'sqlite' ? { dataDir } : await freshDatabase(kind));
  const app = createHttpApp({
    service: new SyncService(opened.db, opened.kind),
    blobs: new BlobService(opened.db, new FileBlobStore(join(dataDir, 'blobs'))),
    limits: { accountsPerHour: 100_000 },
  });
  const fetcher: FetchLike = (input, init) => Promise.resolve(app.fetch(new Request(input, init)));
  return {
    fetcher,
    transport: new HttpTransport('http://sync.test', fetcher),
    close: () => opened.db.destroy(),
  };
}

export interface Device extends SyncTarget {
  name: string;
  /** The account's email; its password is PASSWORD. */
  email: string;
}

export const PASSWORD = 'correct horse battery';

/** Devices on one account. `now`: the devices' wall clock (tests that order edits move it by hand). */
export async function makeDevices(
  transport: SyncTransport,
  count: number,
  now?: () => number,
): Promise<Device[]> {
  const email = `teacher-${Date.now()}-${Math.random().toString(36).slice(2)}@school.org`;
  await transport.createAccount(email, PASSWORD);
  const token = await transport.signIn(email, PASSWORD);
  return Array.from({ length: count }, (_, i) => {
    // Unique across every device of the test file (accounts share a server: two devices with one node id
    // could stamp two different writes alike).
    const node = (0xa0 + i + 0x100 * stores).toString(16).padStart(16, '0');
    const store: Store = openStore(`device-${++stores}-${i}`, { nodeId: node, now });
    return { name: `device ${i}`, email, store, transport, token, deviceId: node };
  });
}

/** Every synced record of a device, without local-only tables, in a stable order. */
export async function snapshot(device: Device) {
  const out: Record<string, unknown[]> = {};
  for (const table of SYNCED_TABLES) {
    out[table] = (await device.store.db.table(table).toArray()).sort((a, b) =>
      String(a.id).localeCompare(String(b.id)),
    );
  }
  return out;
}

export async function syncAll(devices: readonly Device[], rounds = 2): Promise<void> {
  for (let r = 0; r < rounds; r++) for (const d of devices) await syncOnce(d);
}

/** The in-process server for a test file: started before its tests, closed after them. */
export function useInProcessServer(kind: Kind = 'sqlite'): () => Awaited<ReturnType<typeof inProcessServer>> {
  let server: Awaited<ReturnType<typeof inProcessServer>> | undefined;
  beforeAll(async () => {
    server = await inProcessServer(kind);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => server as Awaited<ReturnType<typeof inProcessServer>>;
}

/** Hands every call to the real transport; tests extend it to count calls or inject failures. */
export class PassThroughTransport implements SyncTransport {
  constructor(protected readonly real: SyncTransport) {}
  createAccount(email: string, password: string) {
    return this.real.createAccount(email, password);
  }
  signIn(email: string, password: string) {
    return this.real.signIn(email, password);
  }
  signOut(token: string) {
    return this.real.signOut(token);
  }
  push(token: string, request: PushRequest): Promise<PushResponse> {
    return this.real.push(token, request);
  }
  pull(token: string, request: PullRequest): Promise<PullResponse> {
    return this.real.pull(token, request);
  }
  putBlob(token: string, sha256: string, mime: string, bytes: ArrayBuffer) {
    return this.real.putBlob(token, sha256, mime, bytes);
  }
  getBlob(token: string, sha256: string) {
    return this.real.getBlob(token, sha256);
  }
  account(token: string) {
    return this.real.account(token);
  }
}
