// After `vite build`: a brotli (.br) and a gzip (.gz) copy beside each text file of dist/, made once at
// the best settings, so the server sends them compressed without compressing per request (Hono's
// serveStatic picks the copy the browser accepts). The service worker precaches the originals only.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = process.argv[2] ?? 'dist';
const TEXT = /\.(js|mjs|css|html|svg|webmanifest|json|txt)$/;
/** The service worker goes as it is: the browser compares it byte for byte to find an update, and a
 * stale compressed copy beside a changed file would hide the new version. */
const AS_IS = /(^|[\\/])sw\.js$/;
/** Below this a compressed copy saves less than its headers cost. */
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let original = 0;
let brotli = 0;
let count = 0;
for (const path of files(DIST)) {
  if (!TEXT.test(path) || AS_IS.test(path)) continue;
  const bytes = readFileSync(path);
  if (bytes.length < MIN_BYTES) continue;
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
  const gz = gzipSync(bytes, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  original += bytes.length;
  brotli += br.length;
  count += 1;
}
console.log(
  `precompressed ${count} files: ${(original / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB with brotli`,
);
