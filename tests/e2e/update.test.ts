// A new version never interrupts a conference: when one is deployed, the app notices it on coming back
// to the foreground, says "A new version is ready", and reloads only when the teacher taps Reload.
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, FirstClassForm } from './pages.ts';

const env = useAppAndBrowser();

describe('app updates', () => {
  it('shows "A new version is ready" and waits for the tap before reloading', async () => {
    // Two builds: B differs from A in its service worker only, as after a deploy.
    const versionA = mkdtempSync(join(tmpdir(), 'clipboard-a-'));
    const versionB = mkdtempSync(join(tmpdir(), 'clipboard-b-'));
    cpSync(resolve('dist'), versionA, { recursive: true });
    cpSync(resolve('dist'), versionB, { recursive: true });
    appendFileSync(join(versionB, 'sw.js'), '\n// version B\n');
    const dataDir = mkdtempSync(join(tmpdir(), 'clipboard-update-'));
    let server: RunningServer = await startServer({ port: 0, host: '127.0.0.1', distDir: versionA, dataDir });
    const port = Number(new URL(server.url).port);
    try {
      const context = await newIpad(env.browser());
      const page = await context.newPage();
      const app = new AppShell(page);
      await app.open(server.url);
      await app.waitForServiceWorker();
      await new FirstClassForm(page).create('Room 12 Writers');
      await page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();

      await server.close();
      server = await startServer({ port, host: '127.0.0.1', distDir: versionB, dataDir });
      await page.evaluate(() => {
        (window as unknown as { stillHere: boolean }).stillHere = true;
        document.dispatchEvent(new Event('visibilitychange'));
      });
      const banner = page.getByText(
        'A new version is ready. Reload between conferences; nothing you saved is lost.',
      );
      await banner.waitFor();
      // The new version is installed and waiting: the moment an unasked skipWaiting would take over.
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting?.state === 'installed';
      });
      expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

      await page.getByRole('button', { name: 'Reload' }).tap();
      await page.waitForFunction(() => !(window as unknown as { stillHere?: boolean }).stillHere);
      await page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();
      expect(await banner.count()).toBe(0);
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null),
      ).toBeNull();
      await context.close();
    } finally {
      await server.close();
    }
  });
});
