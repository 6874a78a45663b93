// The server sends the built app compressed: the brotli or gzip copy the build made, as the browser
// accepts, byte for byte the same file once decoded; hashed assets cached for a year. (Over HTTP, no browser.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.ts';
import { startAppServer } from './harness.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startAppServer();
});
afterAll(async () => {
  await server?.close();
});

/** The largest script of the build (Dexie's chunk). */
function largestScript(): string {
  const assets = resolve('dist/assets');
  const scripts = readdirSync(assets).filter((f) => f.endsWith('.js'));
  return scripts.sort(
    (a, b) => readFileSync(join(assets, b)).length - readFileSync(join(assets, a)).length,
  )[0] as string;
}

/** fetch decodes what it is sent: the body is the file itself, and the headers say how it came. */
function get(path: string, encoding: string) {
  return fetch(`${server.url}${path}`, { headers: { 'accept-encoding': encoding } });
}

describe('compressed answers', () => {
  it('sends a script as brotli, gzip or plain as accepted, the same bytes once decoded', async () => {
    const name = largestScript();
    const original = readFileSync(resolve('dist/assets', name));
    const br = await get(`/assets/${name}`, 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const brBytes = Buffer.from(await br.arrayBuffer());
    // fetch already decoded it: the body is the file itself.
    expect(brBytes.equals(original)).toBe(true);
    const onDisk = readFileSync(resolve('dist/assets', `${name}.br`));
    expect(onDisk.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(onDisk).equals(original)).toBe(true);
    expect(gunzipSync(readFileSync(resolve('dist/assets', `${name}.gz`))).equals(original)).toBe(true);

    const gz = await get(`/assets/${name}`, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(Buffer.from(await gz.arrayBuffer()).equals(original)).toBe(true);

    const plain = await get(`/assets/${name}`, 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(original.length);
  });

  it('sends the page compressed too, never cached, and no compressed copy is precached by the service worker', async () => {
    const page = await get('/week', 'br');
    expect(page.headers.get('content-encoding')).toBe('br');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="app">');
    const sw = readFileSync(resolve('dist/sw.js'), 'utf8');
    expect(sw).not.toMatch(/\.(br|gz)"/);
    // The service worker itself goes as it is (its updates are found byte for byte).
    const worker = await get('/sw.js', 'br');
    expect(worker.headers.get('content-encoding')).toBeNull();
  });
});
