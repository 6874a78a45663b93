// Real servers for tests: over HTTP on a free port, on a fresh SQLite file or a fresh PostgreSQL database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type RunningServer, type ServerOptions, startServer } from '../../src/server/serve.ts';

export type Kind = 'sqlite' | 'postgres';
export const KINDS: Kind[] = ['sqlite', 'postgres'];

let databases = 0;

/** A fresh, empty database of the kind, as server options. */
export async function freshDatabase(kind: Kind): Promise<{ dataDir?: string; databaseUrl?: string }> {
  if (kind === 'sqlite') return { dataDir: mkdtempSync(join(tmpdir(), 'clipboard-sqlite-')) };
  const admin = new pg.Client({ connectionString: inject('postgresUrl') });
  await admin.connect();
  const name = `clipboard_${process.pid}_${++databases}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { databaseUrl: inject('postgresUrl').replace(/\/postgres$/, `/${name}`) };
}

export async function startTestServer(
  kind: Kind,
  database?: { dataDir?: string; databaseUrl?: string },
  options: Partial<ServerOptions> = {},
): Promise<RunningServer & { db: { dataDir?: string; databaseUrl?: string } }> {
  const db = database ?? (await freshDatabase(kind));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    limits: { accountsPerHour: 100_000 },
    ...options,
    ...db,
  });
  return { ...server, db };
}

/** JSON over real HTTP. */
export async function call(url: string, path: string, body?: unknown, token?: string, method = 'POST') {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined && method === 'POST' ? 'GET' : method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

export async function account(
  url: string,
  email: string,
  password = 'correct horse battery',
): Promise<string> {
  const made = await call(url, '/api/v1/accounts', { email, password });
  if (made.status !== 201) throw new Error(`account: ${made.status} ${JSON.stringify(made.json)}`);
  const session = await call(url, '/api/v1/sessions', { email, password });
  return session.json.token as string;
}
