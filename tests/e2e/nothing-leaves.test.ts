// Nothing leaves the app's own origin, and nothing a name holds can run. Every screen is walked with a
// recording, a photo and a sync: every request the page (and its service worker) makes goes to the app's
// origin, the Content-Security-Policy is never violated, and a student named like an HTML tag is shown as
// text on every screen that shows names.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const HOSTILE = '<img src=x onerror=alert(1)>';
const NAMES = ['Ana Lima', HOSTILE, 'Carla Diaz'];
const SCREENS = [
  '/',
  '/week',
  '/students',
  '/goals',
  '/settings',
  '/search',
  '/patterns',
  '/cheat-sheet',
  '/classes',
];

/** Collects the page's CSP violations from the first script on. */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations ?? []);
}

describe('nothing leaves the app’s origin', () => {
  it('walks every screen with a recording, a photo and a sync: every request to its own origin, no CSP violation, names as text', async () => {
    const context = await newIpad(env.browser());
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const violations = await watchPolicy(page);
    const { app } = await setUpClass(page, env.url(), NAMES);

    // The server's policy is in force on the page.
    const response = await page.goto(`${env.url()}/settings`);
    expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
    const form = page.getByRole('form', { name: 'Sync account' });
    await form.getByRole('textbox', { name: 'Email' }).fill('ms.private@school.org');
    await form.getByLabel('Password').fill('a long classroom password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();

    await app.tab('This week').tap();
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();
    const escaped = HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await week
      .grid()
      .getByRole('link', { name: new RegExp(`^Log a conference with ${escaped}\\.`) })
      .tap();
    const sheet = new ConferenceSheetPage(page);
    await page.getByRole('heading', { name: `Conference with ${HOSTILE}`, level: 1 }).waitFor();
    await sheet.form().getByRole('button', { name: 'Record', exact: true }).tap();
    await page.getByRole('timer', { name: /^Recording, 0:0[2-9]$/ }).waitFor({ timeout: 15_000 });
    await sheet.form().getByRole('button', { name: 'Stop' }).tap();
    const jpeg = await page.evaluate(async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 48;
      (canvas.getContext('2d') as CanvasRenderingContext2D).fillRect(0, 0, 32, 24);
      const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b as Blob), 'image/jpeg', 0.8));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    });
    await sheet
      .form()
      .locator('input[type=file]')
      .setInputFiles({ name: 'page.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    await sheet.form().getByRole('button', { name: 'New photo 1, open full size' }).waitFor();
    await sheet.pickPattern('transitions', 'Paragraphing');
    await sheet.save();
    await page
      .getByRole('status')
      .filter({ hasText: `Saved: conference with ${HOSTILE}.` })
      .waitFor();
    await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();

    // Every screen, and the hostile name shown as text where names are shown.
    for (const path of SCREENS) {
      await page.goto(`${env.url()}${path}`);
      await page.locator('main h1').first().waitFor();
    }
    for (const path of ['/week', '/students', '/']) {
      await page.goto(`${env.url()}${path}`);
      await page.getByText(HOSTILE).filter({ visible: true }).first().waitFor();
    }
    await page.goto(`${env.url()}/students`);
    await page.getByRole('link', { name: HOSTILE, exact: true }).tap();
    await page.getByRole('heading', { name: HOSTILE, level: 1 }).waitFor();
    await page
      .getByRole('list', { name: 'Conference timeline' })
      .getByText('Teaching point: Paragraphing')
      .waitFor();
    await page.locator('audio').first().waitFor({ state: 'attached' });
    await page.goto(
      `${env.url()}/print/notes?student=${await page.evaluate(() => location.pathname.split('/').pop())}`,
    );
    await page.getByText(HOSTILE, { exact: false }).first().waitFor();

    // No element was made from the name, no script ran, no policy was broken, no request left.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await violations()).toEqual([]);
    const origin = new URL(env.url()).origin;
    const elsewhere = requests.filter(
      (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
    );
    expect(elsewhere).toEqual([]);
    // Sync starts once a screen is up (its client loads after the first screen): it has run by now or
    // does on this page.
    await expect
      .poll(() => requests.some((url) => url.includes('/api/v1/blobs/')), { timeout: 30_000 })
      .toBe(true);
    await expect
      .poll(() => requests.some((url) => url.includes('/api/v1/sync/push')), { timeout: 30_000 })
      .toBe(true);
    expect(
      requests.filter(
        (url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
      ),
    ).toEqual([]);
    await context.close();
  }, 120_000);
});
