// `npm start`: reads the environment, starts the server, prints the URL, shuts down cleanly on a signal.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './serve.ts';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const distDir = resolve(process.env.DIST_DIR ?? 'dist');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}
for (const name of ['BLOB_MAX_BYTES', 'BLOB_QUOTA_BYTES']) {
  const raw = process.env[name];
  if (raw !== undefined && raw !== '' && !(Number.isSafeInteger(Number(raw)) && Number(raw) > 0)) {
    console.error(`${name} must be a number of bytes, not "${raw}".`);
    process.exit(1);
  }
}
const idleDays = process.env.TOKEN_IDLE_DAYS;
if (idleDays !== undefined && idleDays !== '' && !(Number(idleDays) > 0)) {
  console.error(`TOKEN_IDLE_DAYS must be a number of days, not "${idleDays}".`);
  process.exit(1);
}
const accountsPerHour = process.env.ACCOUNTS_PER_HOUR;
if (
  accountsPerHour !== undefined &&
  accountsPerHour !== '' &&
  !(Number.isSafeInteger(Number(accountsPerHour)) && Number(accountsPerHour) > 0)
) {
  console.error(`ACCOUNTS_PER_HOUR must be a whole number, not "${accountsPerHour}".`);
  process.exit(1);
}
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`No built app in ${distDir}: run "npm run build" first (npm start does it for you).`);
  process.exit(1);
}

const server = await startServer({
  port,
  host,
  distDir,
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: resolve(process.env.DATA_DIR ?? 'data'),
  corsOrigins: (process.env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean),
  log: process.env.LOG !== 'off',
  trustProxy: process.env.TRUST_PROXY,
  tokenIdleDays: idleDays ? Number(idleDays) : undefined,
  limits: accountsPerHour ? { accountsPerHour: Number(accountsPerHour) } : undefined,
  blobLimits: {
    ...(process.env.BLOB_MAX_BYTES ? { maxBytes: Number(process.env.BLOB_MAX_BYTES) } : {}),
    ...(process.env.BLOB_QUOTA_BYTES ? { quotaBytes: Number(process.env.BLOB_QUOTA_BYTES) } : {}),
  },
});
console.log(`Conferring Clipboard is running at ${server.url}/ (data: ${server.database})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`${signal}: finishing open requests, then stopping.`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
