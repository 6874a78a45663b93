// What every end-to-end test needs: the real server on a free port serving the real build, and Debian's
// Chromium driven by playwright-core with an iPad's screen and touch.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/serve.ts';

export const IPAD_LANDSCAPE = { width: 1180, height: 820 };
export const IPAD_PORTRAIT = { width: 820, height: 1180 };

/** Debian's Chromium, and the flags it runs with here (no sandbox in a container, nothing phoning home). */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM.executablePath,
    args: [
      ...CHROMIUM.args,
      // A microphone and camera for the recording tests: a generated tone, no permission prompt.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  });
}

/** The real server on a free port, with its own fresh SQLite file. */
export function startAppServer(): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: resolve('dist'),
    dataDir: mkdtempSync(join(tmpdir(), 'clipboard-e2e-')),
  });
}

/** A fresh iPad: its own storage, touch, 2x screen. */
export function newIpad(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: IPAD_LANDSCAPE,
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    userAgent:
      'Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    serviceWorkers: 'allow',
    ...options,
  });
}

/** Starts the server and Chromium once for a test file; closes both after it. */
export function useAppAndBrowser(): { url(): string; browser(): Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: () => (server as RunningServer).url,
    browser: () => browser as Browser,
  };
}

/**
 * Writes records straight into the app's IndexedDB object stores, in batches: years of notes for a test
 * or a benchmark, which no test could type.
 */
export async function seed(page: Page, table: string, rows: unknown[]) {
  for (let i = 0; i < rows.length; i += 5000) {
    await page.evaluate(
      ({ table, rows }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('conferring-clipboard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(table, 'readwrite');
            for (const row of rows) tx.objectStore(table).put(row);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { table, rows: rows.slice(i, i + 5000) },
    );
  }
}
