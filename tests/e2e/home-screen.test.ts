// The app opened from the Home Screen, in Chromium launched as an app (--app: a window whose
// display-mode is standalone, as an iPad's Home Screen app's is; CDP's media emulation does not cover
// display-mode in this Chromium): no Safari-tab notice, and Settings says it was opened from the Home
// Screen and whether the browser agreed to keep the data. The control: a tab of the same browser, with
// the same iPad user agent and touch, shows the notice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.ts';
import { CHROMIUM, IPAD_LANDSCAPE, startAppServer } from './harness.ts';

const IPADOS_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';

let server: RunningServer;
let profile: string;
let browser: BrowserContext;

beforeAll(async () => {
  server = await startAppServer();
  profile = mkdtempSync(join(tmpdir(), 'clipboard-app-window-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM.executablePath,
    args: [...CHROMIUM.args, `--app=${server.url}/`],
    viewport: IPAD_LANDSCAPE,
    deviceScaleFactor: 2,
    hasTouch: true,
    // Not isMobile: Playwright would open a new page for it, and that page is a tab, not the app window.
    userAgent: IPADOS_SAFARI,
    serviceWorkers: 'allow',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** An iPad's five touch points (Playwright's touch emulation reports one), from the next load on. */
async function iPadTouch(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
}

const checked = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('safari-tab-checked').length > 0, null, {
    timeout: 30_000,
  });
const notice = (page: Page) => page.getByRole('region', { name: 'Your notes are in a Safari tab' });

describe('opened from the Home Screen', () => {
  it('shows no Safari-tab notice, and Settings says where it is open and what the browser agreed', async () => {
    const app = browser.pages().find((p) => p.url().startsWith(server.url)) ?? browser.pages()[0];
    if (!app) throw new Error('Chromium opened no app window.');
    await iPadTouch(app);
    await app.goto(`${server.url}/`);
    expect(await app.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
    expect(await app.evaluate(() => navigator.maxTouchPoints)).toBe(5);
    await app.getByRole('form', { name: 'New class' }).waitFor();
    await checked(app);
    expect(await notice(app).count()).toBe(0);

    await app.goto(`${server.url}/settings`);
    await app.getByRole('heading', { name: 'Storage on this device' }).waitFor();
    expect(await app.getByRole('heading', { name: 'Your notes are in a Safari tab' }).count()).toBe(0);
    expect(await app.getByTestId('opened').textContent()).toBe(
      'From the Home Screen: Safari’s seven-day rule does not delete its data.',
    );
    const persisted = app.getByTestId('persisted');
    await app.waitForFunction(() =>
      /^This iPad has (agreed|not agreed)/.test(
        document.querySelector('[data-testid="persisted"]')?.textContent ?? '',
      ),
    );
    const agreed = await app.evaluate(() => navigator.storage.persisted());
    expect(await persisted.textContent()).toBe(
      agreed
        ? 'This iPad has agreed to keep the clipboard’s data: it will not clear it to make room.'
        : 'This iPad has not agreed: it may clear the clipboard’s data when space runs low. Back up (above), or turn on sync, so a copy lives elsewhere.',
    );

    // The control: a tab of the same browser and storage, not an app window, is told.
    const tab = await browser.newPage();
    await iPadTouch(tab);
    await tab.goto(`${server.url}/`);
    expect(await tab.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(false);
    await notice(tab).getByRole('button', { name: 'Back up now' }).waitFor({ timeout: 30_000 });
    await tab.close();
  }, 90_000);
});
