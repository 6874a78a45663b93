// A class shared by two teachers and a coach, each on her own device against the real server: both
// teachers log conferences offline, both sync, both see every conference with who logged it; the coach
// reads them and cannot edit; removing the co-teacher takes the class off her iPad, and what she had not
// synced is kept aside there.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();
const PASSWORD = 'a long classroom password';
const OWNER = 'ms.rivera@school.org';
const CO = 'mr.okafor@school.org';
const COACH = 'coach.lee@school.org';

async function signUp(page: Page, email: string) {
  await page.goto(`${env.url()}/settings`);
  const form = page.getByRole('form', { name: 'Sync account' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

async function syncNow(page: Page) {
  await page.goto(`${env.url()}/settings`);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

async function acceptInvitation(page: Page, className: string) {
  await page.goto(`${env.url()}/classes`);
  await page.getByRole('button', { name: `Accept ${className}` }).click();
  await page.getByText(`${className} is shared with you`).waitFor();
  await syncNow(page);
}

async function logConference(page: Page, student: string, point: string) {
  await page.goto(`${env.url()}/students`);
  await page.getByRole('link', { name: student, exact: true }).click();
  await page.getByRole('link', { name: 'Log a conference' }).click();
  const sheet = new ConferenceSheetPage(page);
  await sheet.field('Teaching point').fill(point);
  await sheet.save();
}

async function timelineOf(page: Page, student: string) {
  await page.goto(`${env.url()}/students`);
  await page.getByRole('link', { name: student, exact: true }).click();
  return page.getByRole('list', { name: 'Conference timeline' });
}

async function newDevice(portrait = false): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newIpad(env.browser(), portrait ? { viewport: IPAD_PORTRAIT } : {});
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  return { context, page };
}

describe('sharing a class', () => {
  it('two teachers log offline and see each other’s conferences; the coach reads; removing takes the class away', async () => {
    const owner = await newDevice();
    await setUpClass(owner.page, env.url(), ['Ana Lima', 'Ben Ode']);
    await signUp(owner.page, OWNER);
    await owner.page.getByRole('textbox', { name: /^Your name/ }).fill('Ms. Rivera');
    await owner.page.getByRole('button', { name: 'Save name' }).click();
    await owner.page.getByText('Teachers you share a class with see “Ms. Rivera”.').waitFor();

    // The co-teacher (her iPad in portrait) and the coach have accounts of their own.
    const co = await newDevice(true);
    await new AppShell(co.page).open(env.url());
    await signUp(co.page, CO);
    const coach = await newDevice();
    await new AppShell(coach.page).open(env.url());
    await signUp(coach.page, COACH);

    // The owner shares the class: a co-teacher and a coach.
    await owner.page.goto(`${env.url()}/classes`);
    await owner.page.getByRole('button', { name: 'Share Room 12 Writers' }).click();
    const panel = owner.page.getByRole('region', { name: 'Share Room 12 Writers' });
    await panel.getByText('Only you see this class.').waitFor();
    await panel.getByRole('textbox', { name: /^Teacher’s email/ }).fill(CO);
    await panel.getByRole('button', { name: 'Invite' }).click();
    await panel.getByText(`Invited ${CO} as co-teacher.`, { exact: false }).waitFor();
    await panel.getByRole('textbox', { name: /^Teacher’s email/ }).fill(COACH);
    await panel.getByRole('radio', { name: /^Coach/ }).check();
    await panel.getByRole('button', { name: 'Invite' }).click();
    await panel.getByText(`Invited ${COACH} as coach.`, { exact: false }).waitFor();
    expect(
      await panel.getByRole('list', { name: 'Who shares Room 12 Writers' }).getByRole('listitem').count(),
    ).toBe(2);

    await acceptInvitation(co.page, 'Room 12 Writers');
    await co.page.goto(`${env.url()}/classes`);
    await co.page.getByText('Ms. Rivera’s class · you are its co-teacher').waitFor();
    await co.page.goto(`${env.url()}/`);
    await co.page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();
    expect(await co.page.getByRole('combobox', { name: 'Class' }).inputValue()).toBeTruthy();

    // Both offline, each logs a conference; both come back and sync.
    await owner.context.setOffline(true);
    await co.context.setOffline(true);
    await logConference(owner.page, 'Ana Lima', 'Owner: stretch the heart of the story');
    await logConference(co.page, 'Ben Ode', 'Co-teacher: reread for the reader');
    await owner.context.setOffline(false);
    await co.context.setOffline(false);
    await syncNow(owner.page);
    await syncNow(co.page);
    await syncNow(owner.page);

    for (const [page, anaBy, benBy] of [
      [owner.page, 'you', CO],
      [co.page, 'Ms. Rivera', 'you'],
    ] as const) {
      const ana = await timelineOf(page, 'Ana Lima');
      await ana.getByText('Teaching point: Owner: stretch the heart of the story').waitFor();
      await ana.getByText(`Logged by ${anaBy}`).waitFor();
      const ben = await timelineOf(page, 'Ben Ode');
      await ben.getByText('Teaching point: Co-teacher: reread for the reader').waitFor();
      await ben.getByText(`Logged by ${benBy}`).waitFor();
    }

    // The coach reads both, with their authors, and has nothing to edit them with.
    await acceptInvitation(coach.page, 'Room 12 Writers');
    const coachAna = await timelineOf(coach.page, 'Ana Lima');
    await coachAna.getByText('Logged by Ms. Rivera').waitFor();
    expect(await coach.page.getByRole('link', { name: 'Log a conference' }).count()).toBe(0);
    await coachAna.getByRole('link').first().click();
    await coach.page.getByText('You are the coach of Room 12 Writers').waitFor();
    expect(await coach.page.getByRole('textbox', { name: 'Teaching point' }).count()).toBe(0);
    // She may add a reflection, which the owner reads after both sync.
    await coach.page.getByRole('link', { name: 'Reflect on this conference' }).click();
    await coach.page
      .getByRole('textbox', { name: 'What I noticed' })
      .fill('Coach: the compliment named a move');
    // Kept as she types (no button).
    await coach.page.getByText('Note saved.').waitFor();
    await syncNow(coach.page);
    // "Synced" may still be showing from the sync the page ran as it opened: sync again until it is there.
    await expect
      .poll(
        async () => {
          await syncNow(owner.page);
          const ownerAna = await timelineOf(owner.page, 'Ana Lima');
          await ownerAna.getByRole('link', { name: 'Reflect on this conference' }).click();
          return owner.page.getByRole('textbox', { name: 'What I noticed' }).inputValue();
        },
        { timeout: 20_000 },
      )
      .toBe('Coach: the compliment named a move');
    await coach.page.goto(`${env.url()}/students`);
    await coach.page.getByRole('link', { name: 'Ana Lima', exact: true }).waitFor();
    expect(await coach.page.getByRole('textbox', { name: /Add a student/ }).count()).toBe(0);

    // Offline, the co-teacher writes one more; meanwhile the owner removes her.
    await co.context.setOffline(true);
    await logConference(co.page, 'Ana Lima', 'Written before she was removed');
    await owner.page.goto(`${env.url()}/classes`);
    await owner.page.getByRole('button', { name: 'Share Room 12 Writers' }).click();
    await panel.getByRole('button', { name: `Remove ${CO} from Room 12 Writers` }).click();
    await panel.getByText(`${CO} no longer shares Room 12 Writers.`).waitFor();
    await co.context.setOffline(false);
    await syncNow(co.page);
    await co.page
      .getByRole('region', { name: 'Kept from classes no longer shared' })
      .getByText('Teaching point: Written before she was removed')
      .waitFor();
    await co.page.goto(`${env.url()}/classes`);
    await co.page.getByText('No classes yet.').waitFor();
    expect(await co.page.getByText('Room 12 Writers').count()).toBe(0);

    // The owner still has everything.
    const ownerBen = await timelineOf(owner.page, 'Ben Ode');
    await ownerBen.getByText('Teaching point: Co-teacher: reread for the reader').waitFor();
    for (const device of [owner, co, coach]) await device.context.close();
  }, 180_000);
});
