// Privacy in the room and the lost iPad, in Chromium as she would use it: Hide covers every screen (tap
// and keyboard, across a reload) until Show; initials only on every screen; the PIN lock on opening, after
// the idle time, with a growing wait after wrong tries and Forgot PIN by signing in again; the devices of
// her account, one signed out from another, which keeps its notes and asks to sign in again; changing the
// password and deleting the account; erasing the device after it names what has not synced.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const PASSWORD = 'a long classroom password';
const NAMES = ['Ana Lima', 'Ben Okafor', 'Carla Diaz'];

async function signIn(page: Page, email: string, create: boolean, password = PASSWORD, deviceName?: string) {
  await page.goto(`${env.url()}/settings`);
  const form = page.getByRole('form', { name: 'Sync account' });
  if (deviceName) await form.getByRole('textbox', { name: 'This device’s name' }).fill(deviceName);
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: create ? 'Create account' : 'Sign in' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

/** Whether the point at the middle of an element is covered by the privacy cover. */
function coveredAt(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return !!document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('.cover');
  }, selector);
}

async function setPin(page: Page, pin: string, idle: '1 minute' | '5 minutes' | '15 minutes') {
  await page.goto(`${env.url()}/settings`);
  const form = page.getByRole('form', { name: 'Set a PIN' });
  await form.getByLabel('New PIN (4 to 8 digits)').fill(pin);
  await form.getByLabel('The same PIN again').fill(pin);
  await form.getByRole('radio', { name: idle }).check();
  await form.getByRole('button', { name: 'Set PIN' }).click();
  await page.getByText('PIN set: it is asked when the app opens and after the time you chose.').waitFor();
}

const lock = (page: Page) => page.getByRole('dialog', { name: 'Conferring Clipboard is locked' });

async function unlock(page: Page, pin: string) {
  await lock(page).getByLabel('PIN').fill(pin);
  await lock(page).getByRole('button', { name: 'Unlock' }).click();
}

describe('privacy in the room', () => {
  it('Hide covers every screen until Show, from the top bar and the keyboard, across a reload', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(page, env.url(), NAMES);
    await app.tab('This week').tap();
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();

    await page.getByRole('button', { name: 'Hide names' }).tap();
    const cover = page.getByRole('dialog', { name: 'Conferring Clipboard' });
    await cover.waitFor();
    expect(await coveredAt(page, '.nine-kid-grid a')).toBe(true);
    // Behind the cover the app is inert: VoiceOver and the keyboard cannot reach a name.
    expect(await page.evaluate(() => (document.querySelector('.shell') as HTMLElement).inert)).toBe(true);
    expect(await page.getByRole('link', { name: /^Log a conference with Ana Lima/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show');

    // A reload does not uncover it.
    await page.reload();
    await cover.waitFor();
    await page.locator('.nine-kid-grid a').first().waitFor({ state: 'attached' });
    expect(await coveredAt(page, '.nine-kid-grid a')).toBe(true);
    await cover.getByRole('button', { name: 'Show' }).tap();
    await cover.waitFor({ state: 'detached' });
    await week.box('Ana Lima').waitFor();

    // From a keyboard case.
    await page.keyboard.press('Control+Shift+H');
    await cover.waitFor();
    // Focus is on Show (VoiceOver and the keyboard start there): Enter uncovers.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Show');
    await page.keyboard.press('Enter');
    await cover.waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows initials only on every screen, and full names again when turned off', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(page, env.url(), NAMES);
    await app.tab('This week').tap();
    await new WeekPage(page).makeThisWeeksGrid();
    await app.tab('Settings').tap();
    await page.getByRole('checkbox', { name: /^Initials only/ }).check();
    for (const [tab, marker] of [
      ['This week', '.nine-kid-grid'],
      ['Class', '.tiles, .class-grid, main h1'],
      ['Students', 'main ul'],
      ['Goals', 'main h1'],
    ] as const) {
      await app.tab(tab).tap();
      await page.locator(marker).first().waitFor();
      const text = await page.locator('main').innerText();
      for (const name of NAMES) expect(text, `${tab} shows no full name`).not.toContain(name);
    }
    expect(await page.locator('main').innerText()).toBeTruthy();
    await app.tab('This week').tap();
    const grid = new WeekPage(page).grid();
    await grid.getByRole('link', { name: /^Log a conference with A\.L\./ }).waitFor();
    await grid.getByRole('link', { name: /^Log a conference with A\.L\./ }).tap();
    await page.getByRole('heading', { name: 'Conference with A.L.', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Close' }).tap();
    await app.tab('Settings').tap();
    await page.getByRole('checkbox', { name: /^Initials only/ }).uncheck();
    await app.tab('This week').tap();
    await new WeekPage(page).box('Ana Lima').waitFor();
    await context.close();
  });

  it('locks with a PIN on opening and after the idle time, waits longer after wrong tries, and resets by signing in', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await page.clock.install();
    await setUpClass(page, env.url(), NAMES);
    await signIn(page, 'ms.lock@school.org', true);
    await setPin(page, '2468', '1 minute');
    // Nothing of the PIN itself is stored: a salt, a PBKDF2 hash and its iterations.
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('keyval-store');
          open.onsuccess = () => {
            const get = open.result.transaction('keyval').objectStore('keyval').get('pinLock');
            get.onsuccess = () => resolve(JSON.stringify(get.result));
          };
        }),
    );
    expect(stored).not.toContain('2468');
    expect(JSON.parse(stored)).toMatchObject({ iterations: 600_000, idleMinutes: 1 });

    // Opening the app asks for it.
    await page.reload();
    await lock(page).waitFor();
    expect(await page.evaluate(() => (document.querySelector('.shell') as HTMLElement).inert)).toBe(true);
    await unlock(page, '1111');
    await lock(page).getByText('Wrong PIN (1 in a row).', { exact: true }).waitFor();
    await unlock(page, '2222');
    await lock(page).getByText('Wrong PIN (2 in a row).', { exact: true }).waitFor();
    await unlock(page, '3333');
    await lock(page).getByText('Wrong PIN (3 in a row). Wait 2 s before the next try.').waitFor();
    // Even the right PIN waits its turn.
    await unlock(page, '2468');
    await lock(page)
      .getByText(/^Too many wrong PINs: wait \d s\.$/)
      .waitFor();
    await page.clock.fastForward(2500);
    await unlock(page, '2468');
    await lock(page).waitFor({ state: 'detached' });

    // A minute untouched locks it again.
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.clock.fastForward('01:10');
    await lock(page).waitFor();

    // Forgot PIN: sign in to the sync account again; the PIN is off.
    await lock(page).getByRole('button', { name: 'Forgot PIN?' }).click();
    const forgot = page.getByRole('form', { name: 'Forgot PIN: sign in again' });
    await forgot.getByLabel('Password').fill('not the password');
    await forgot.getByRole('button', { name: 'Sign in and turn the PIN off' }).click();
    await forgot.getByRole('alert').getByText('Wrong email or password.').waitFor();
    await forgot.getByLabel('Password').fill(PASSWORD);
    await forgot.getByRole('button', { name: 'Sign in and turn the PIN off' }).click();
    await lock(page).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await lock(page).count()).toBe(0);
    await page.getByRole('form', { name: 'Set a PIN' }).waitFor();
    await context.close();
  }, 90_000);
});

describe('the lost iPad', () => {
  async function device(context: BrowserContext) {
    const page = await context.newPage();
    return page;
  }

  it('lists her devices, signs the iPad out from the laptop, and the iPad keeps its note until she signs in again', async () => {
    const ipadContext = await newIpad(env.browser());
    const ipad = await device(ipadContext);
    await setUpClass(ipad, env.url(), NAMES);
    await signIn(ipad, 'ms.lost@school.org', true);
    const laptopContext = await env.browser().newContext({ viewport: { width: 1440, height: 900 } });
    const laptop = await device(laptopContext);
    await new AppShell(laptop).open(env.url(), '/settings');
    await signIn(laptop, 'ms.lost@school.org', false, PASSWORD, 'Home laptop');

    const devices = laptop.getByRole('list', { name: 'Devices signed in' });
    await devices.getByText('Home laptop (this device)').waitFor();
    await devices.getByText('iPad', { exact: true }).waitFor();
    await laptop.getByRole('button', { name: 'Sign out iPad', exact: true }).click();
    await laptop.getByText('iPad is signed out: it can no longer sync with your account.').waitFor();
    expect(await devices.getByRole('listitem').count()).toBe(1);

    // The iPad logs a note, tries to sync, and is told; the note waits on the iPad.
    await ipad.goto(`${env.url()}/week`);
    await new WeekPage(ipad).makeThisWeeksGrid();
    await new WeekPage(ipad).box('Ana Lima').tap();
    const sheet = new ConferenceSheetPage(ipad);
    await sheet.field('Teaching point').fill('Say more about the storm');
    await sheet.save();
    await ipad.goto(`${env.url()}/settings`);
    await ipad
      .getByText(
        'This device was signed out of your account (from another device, or after a long time unused).',
        {
          exact: false,
        },
      )
      .waitFor();
    await ipad
      .getByTestId('sync-status')
      .getByText(/^Sync error: this device is signed out/)
      .waitFor();
    // Nothing of the account is offered until she signs in again.
    expect(await ipad.getByRole('heading', { name: 'Your account' }).count()).toBe(0);
    await signIn(ipad, 'ms.lost@school.org', false);
    await laptop.getByRole('button', { name: 'Sync now' }).click();
    await laptop.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
    await laptop.goto(`${env.url()}/search`);
    await laptop.getByText('Teaching point: Say more about the storm').waitFor();

    // A new password, signing the iPad out; then the account deleted from the laptop.
    await laptop.goto(`${env.url()}/settings`);
    const change = laptop.getByRole('form', { name: 'Change the password' });
    await change.getByLabel('Current password').fill(PASSWORD);
    await change.getByLabel(/^New password/).fill('another long password');
    await change.getByRole('button', { name: 'Change password' }).click();
    await laptop
      .getByText(
        'Password changed. Your other devices are signed out: sign in on each with the new password.',
      )
      .waitFor();
    await ipad.getByRole('button', { name: 'Sync now' }).click();
    await ipad
      .getByTestId('sync-status')
      .getByText(/^Sync error: this device is signed out/)
      .waitFor();

    const remove = laptop.getByRole('form', { name: 'Delete the account' });
    const button = remove.getByRole('button', { name: 'Delete the account and its data' });
    await remove.getByLabel('Password').fill('another long password');
    expect(await button.isDisabled()).toBe(true);
    await remove.getByLabel(/^Type the account’s email/).fill('ms.lost@school.org');
    await button.click();
    await laptop
      .getByText('Your account and everything of it on the sync server are deleted.', { exact: false })
      .waitFor();
    await laptop.getByTestId('sync-status').getByText('Not syncing').waitFor();
    // The laptop's own copy stays.
    await laptop.goto(`${env.url()}/search`);
    await laptop.getByText('Teaching point: Say more about the storm').waitFor();
    await laptopContext.close();
    await ipadContext.close();
  }, 90_000);

  it('erases this device after naming what has not synced', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(page, env.url(), NAMES);
    await app.tab('This week').tap();
    await new WeekPage(page).makeThisWeeksGrid();
    await new WeekPage(page).box('Ben Okafor').tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('Note').fill('Not synced anywhere');
    await sheet.save();
    await app.tab('Settings').tap();
    await page.getByRole('button', { name: 'Erase this device…' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'not synced yet' });
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(
      /^1 conference and \d+ other records have not synced yet: erasing loses them for good\./,
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await warning.count()).toBe(0);
    await page.getByRole('button', { name: 'Erase this device…' }).click();
    await page.getByRole('button', { name: 'Erase everything on this device' }).click();
    await page.getByRole('form', { name: 'New class' }).waitFor();
    const left = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('conferring-clipboard');
          open.onsuccess = () => {
            const names = [...open.result.objectStoreNames];
            if (names.length === 0) return resolve(0);
            const tx = open.result.transaction(names);
            let total = 0;
            let pending = names.length;
            for (const name of names) {
              const count = tx.objectStore(name).count();
              count.onsuccess = () => {
                if (name !== 'meta') total += count.result;
                if (--pending === 0) resolve(total);
              };
            }
          };
        }),
    );
    expect(left).toBe(0);
    await context.close();
  });
});
