// Two devices, one teacher: an iPad and a laptop against the real server. A conference logged offline on
// the iPad appears on the laptop once the iPad is back online.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, FirstClassForm, RosterPage } from './pages.ts';

const env = useAppAndBrowser();
const EMAIL = 'ms.rivera@school.org';
const PASSWORD = 'a long classroom password';

async function signIn(page: Page, create: boolean) {
  await page.goto(`${env.url()}/settings`);
  const form = page.getByRole('form', { name: 'Sync account' });
  expect(await form.getByRole('textbox', { name: 'Sync server' }).inputValue()).toBe(env.url());
  await form.getByRole('textbox', { name: 'Email' }).fill(EMAIL);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: create ? 'Create account' : 'Sign in' }).click();
  await page
    .getByText(`Signed in as${EMAIL}`, { exact: false })
    .or(page.getByText(EMAIL, { exact: true }))
    .first()
    .waitFor();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

describe('sync between an iPad and a laptop', () => {
  it('logs a conference offline on the iPad and shows it on the laptop after it reconnects', async () => {
    const ipadContext = await newIpad(env.browser());
    const ipad = await ipadContext.newPage();
    const app = new AppShell(ipad);
    await app.open(env.url());
    await app.waitForServiceWorker();
    await new FirstClassForm(ipad).create('Room 12 Writers');
    await ipad.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();
    const roster = new RosterPage(ipad);
    await roster.open();
    await roster.typeName('Ana Lima');
    await signIn(ipad, true);

    const laptopContext = await env.browser().newContext({ viewport: { width: 1440, height: 900 } });
    const laptop = await laptopContext.newPage();
    await laptop.goto(`${env.url()}/settings`);
    await signIn(laptop, false);
    await laptop.goto(`${env.url()}/`);
    await laptop.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();

    // On the iPad, offline: log a conference. It waits in the outbox.
    await ipadContext.setOffline(true);
    await roster.open();
    await ipad.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await ipad.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(ipad);
    await sheet.field('Teaching point').fill('Stretch the most important part');
    await sheet.save();
    await ipad
      .getByTestId('sync-status')
      .getByText('Waiting to sync: 1 conference', { exact: true })
      .waitFor();

    // Back online: the iPad syncs by itself; the laptop picks it up on its next sync.
    await ipadContext.setOffline(false);
    await ipad.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
    await laptop.goto(`${env.url()}/settings`);
    await laptop.getByRole('button', { name: 'Sync now' }).click();
    await laptop.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
    await laptop.goto(`${env.url()}/students`);
    await laptop.getByRole('link', { name: 'Ana Lima', exact: true }).click();
    await laptop
      .getByRole('list', { name: 'Conference timeline' })
      .getByText('Teaching point: Stretch the most important part')
      .waitFor();

    // Signing out keeps the notes on the device.
    await laptop.goto(`${env.url()}/settings`);
    await laptop.getByRole('button', { name: 'Sign out', exact: true }).click();
    await laptop.getByTestId('sync-status').getByText('Not syncing').waitFor();
    await laptop.goto(`${env.url()}/`);
    await laptop.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();
    await laptopContext.close();
    await ipadContext.close();
  });
});
