// Flaky school Wi-Fi: a sign-in page answers the sync calls with 200 and HTML. The iPad must not take it
// for the server: the note stays queued, the status says why in words, and it syncs once the real
// server answers again.
import { describe, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, FirstClassForm, RosterPage } from './pages.ts';

const env = useAppAndBrowser();
const PORTAL =
  '<!doctype html><html><body><h1>Welcome to SchoolNet</h1><a href="/login">Sign in</a></body></html>';

describe('behind a Wi-Fi sign-in page', () => {
  it('keeps the note queued, says so in words, and syncs once the real server answers', async () => {
    // Service workers blocked so that the test can stand in for the network between page and server.
    const context = await newIpad(env.browser(), { serviceWorkers: 'block' });
    const page = await context.newPage();
    await new AppShell(page).open(env.url());
    await new FirstClassForm(page).create('Room 8');
    await page.getByRole('heading', { name: 'Room 8', level: 1 }).waitFor();
    const roster = new RosterPage(page);
    await roster.open();
    await roster.typeName('Ana Lima');

    await page.goto(`${env.url()}/settings`);
    const form = page.getByRole('form', { name: 'Sync account' });
    await form.getByRole('textbox', { name: 'Email' }).fill('ms.portal@school.org');
    await form.getByLabel('Password').fill('a long classroom password');
    await form.getByRole('button', { name: 'Create account' }).click();
    const status = page.getByTestId('sync-status');
    await status.getByText('Synced', { exact: true }).waitFor();

    // The Wi-Fi now answers every sync call with its own page.
    await context.route('**/api/v1/sync/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PORTAL }),
    );
    await roster.open();
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('Note').fill('Ana reread her lead aloud and heard the missing part');
    await sheet.save();
    await status
      .getByText(
        /The network answered with a web page, not the sync server — a Wi-Fi sign-in page\?.*\(1 conference waiting\)/,
      )
      .waitFor({ timeout: 15_000 });

    // The real server is back: Sync now empties the queue.
    await context.unroute('**/api/v1/sync/**');
    await page.goto(`${env.url()}/settings`);
    await page.getByRole('button', { name: 'Sync now' }).click();
    await status.getByText('Synced', { exact: true }).waitFor();
    await context.close();
  });
});
