// The foundation's promise: installed once, the app starts and shows her records with no network at all.
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, FirstClassForm } from './pages.ts';

const env = useAppAndBrowser();

describe('offline start from the service worker', () => {
  it('writes a record, goes offline, reloads, and still shows it', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const app = new AppShell(page);
    await app.open(env.url());
    await app.waitForServiceWorker();

    await page.getByRole('heading', { name: 'Create your first class' }).waitFor();
    await new FirstClassForm(page).create('Room 12 Writers');
    await page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();

    await context.setOffline(true);
    await page.getByText('Offline — saving on this iPad').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();
    expect(await page.getByText('Grades 3-8 · ').textContent()).toMatch(/Grades 3-8 · \d{4}-\d{4}/);
    // The hashed assets came from the precache through Chromium's static routes (service-worker/sw.ts),
    // not through the worker's fetch handler: every script and style under /assets/ the page loaded.
    const assets = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/'))
        .map(
          (entry) =>
            (entry as PerformanceResourceTiming & { workerMatchedSourceType?: string })
              .workerMatchedSourceType,
        ),
    );
    expect(assets.length).toBeGreaterThan(5);
    expect(new Set(assets)).toEqual(new Set(['cache']));

    // A deep link works offline too: the navigation fallback answers with the cached shell.
    await page.goto(`${env.url()}/settings`);
    await page.getByRole('heading', { name: 'Storage on this device' }).waitFor();
    await context.close();
  });

  it('control: with service workers blocked the same offline reload fails', async () => {
    const context = await newIpad(env.browser(), { serviceWorkers: 'block' });
    const page = await context.newPage();
    const app = new AppShell(page);
    await app.open(env.url());
    await new FirstClassForm(page).create('Room 12 Writers');
    await page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();

    await context.setOffline(true);
    const reload = await page.reload().then(
      () => 'loaded',
      (error: Error) => error.message,
    );
    expect(reload).toMatch(/ERR_INTERNET_DISCONNECTED/);
    expect(await page.getByRole('heading', { name: 'Room 12 Writers' }).count()).toBe(0);
    await context.close();
  });
});
