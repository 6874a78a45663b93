// Back up on one iPad, restore on a wiped one: Settings → Back up now saves a .zip (a download in
// Chromium, the share sheet on an iPad); Settings → Restore from a backup… shows what it would change,
// then brings the class, its students and its notes back, offline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();

describe('backup and restore', () => {
  it('backs up to a file and restores it on a wiped iPad, offline', async () => {
    const first = await newIpad(env.browser(), { acceptDownloads: true });
    const page = await first.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor'], 'Room 9 Writers');
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('Teaching point').fill('Stretch the most important part');
    await sheet.save();

    await page.goto(`${env.url()}/settings`);
    await page.getByTestId('last-backup').getByText('No backup yet on this iPad.').waitFor();
    await page.getByText('Your notes are only on this iPad.', { exact: false }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).tap(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^conferring-clipboard-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = readFileSync((await download.path()) as string);
    await page.getByTestId('last-backup').getByText('Last backup: today.').waitFor();
    await first.close();

    // A new iPad (nothing on it), offline once the app is installed.
    const second = await newIpad(env.browser());
    const fresh = await second.newPage();
    const app = new AppShell(fresh);
    await app.open(env.url(), '/settings');
    await app.waitForServiceWorker();
    await second.setOffline(true);
    await fresh.reload();
    await fresh
      .locator('input[type=file][accept=".zip,application/zip"]')
      .setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: file });
    const preview = fresh.getByRole('region', { name: 'Restore preview' });
    await preview.waitFor();
    const row = (what: string) =>
      preview.getByRole('row', { name: new RegExp(`^${what}`) }).getByRole('cell');
    expect(await row('Students').allTextContents()).toEqual(['2', '0', '0']);
    expect(await row('Conferences').allTextContents()).toEqual(['1', '0', '0']);
    await preview.getByRole('button', { name: 'Restore' }).tap();
    await fresh.getByText(/^Restored from backup\.zip: \d+ records brought back or updated/).waitFor();
    await fresh.goto(`${env.url()}/students`);
    await fresh.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await fresh
      .getByRole('list', { name: 'Conference timeline' })
      .getByText('Teaching point: Stretch the most important part')
      .waitFor();

    // A file that is not a backup: words, and nothing changes.
    await fresh.goto(`${env.url()}/settings`);
    await fresh.locator('input[type=file][accept=".zip,application/zip"]').setInputFiles({
      name: 'notes.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('not a zip at all'),
    });
    await fresh
      .getByRole('alert')
      .getByText(/This backup cannot be restored: the file is not a zip, or it is damaged/)
      .waitFor();
    await second.close();
  }, 90_000);
});
