// Starts the one server process: the built app and the sync API on one origin, over SQLite or PostgreSQL.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type BlobLimits, BlobService, DEFAULT_BLOB_LIMITS } from './blobService.ts';
import { FileBlobStore, PostgresBlobStore } from './blobStore.ts';
import { type DatabaseOptions, openDatabase } from './database.ts';
import { createHttpApp, type HttpOptions } from './http.ts';
import { SyncService } from './syncService.ts';

export interface ServerOptions extends DatabaseOptions {
  port: number;
  host: string;
  distDir?: string;
  corsOrigins?: readonly string[];
  log?: boolean;
  trustProxy?: string;
  limits?: HttpOptions['limits'];
  /** TOKEN_IDLE_DAYS: a device's sign-in unused this long expires (90 by default). */
  tokenIdleDays?: number;
  /** BLOB_MAX_BYTES, BLOB_QUOTA_BYTES. */
  blobLimits?: Partial<BlobLimits>;
  /** The server's clock (tests pass their own to reach an expiry without waiting for it). */
  now?: () => number;
}

export interface RunningServer {
  url: string;
  database: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const opened = await openDatabase(options);
  const service = new SyncService(opened.db, opened.kind, options.now ?? Date.now, options.tokenIdleDays);
  const store =
    opened.kind === 'postgres'
      ? new PostgresBlobStore(opened.db)
      : new FileBlobStore(join(options.dataDir ?? 'data', 'blobs'));
  const blobs = new BlobService(opened.db, store, { ...DEFAULT_BLOB_LIMITS, ...options.blobLimits });
  const app = createHttpApp({ ...options, service, blobs });
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          database: opened.describe,
          // Graceful: stop accepting, let requests in flight finish (idle keep-alive sockets close at
          // once, busy ones after 5 s at the latest), and only then close the database.
          close: async () => {
            await new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeIdleConnections' in server) server.closeIdleConnections();
              const force = setTimeout(
                () => 'closeAllConnections' in server && server.closeAllConnections(),
                5000,
              );
              force.unref();
            });
            await opened.db.destroy();
          },
        });
      },
    );
    server.once('error', (error) => {
      void opened.db.destroy();
      reject(error);
    });
  });
}
