// A class shared by two teachers and a coach, each on her own device against the real server: the owner
// makes one-time codes and reads them off her screen; the invited teacher, with no class of her own, finds
// the invitation on her first screen and types the code as it comes (lower case, a space); a wrong code
// gets the server's words; the coach joins through the join screen the QR code opens. Both teachers log
// offline and see each other's notes by the names they have now; the coach opens a "✓ seen" box and reads
// the note, on pages with nothing to edit; removing the co-teacher tells her once, on the screen she is on,
// which class left and where her unsynced note was kept.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, SharingPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const PASSWORD = 'a long classroom password';
const OWNER = 'ms.rivera@school.org';
const CO = 'mr.okafor@school.org';
const COACH = 'coach.lee@school.org';
const CLASS = 'Room 12 Writers';

async function signUp(page: Page, email: string) {
  await page.goto(`${env.url()}/settings`);
  const form = page.getByRole('form', { name: 'Sync account' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

async function setName(page: Page, name: string) {
  await page.goto(`${env.url()}/settings`);
  await page.getByRole('textbox', { name: /^Your name/ }).fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByText(`Teachers you share a class with see “${name}”.`).waitFor();
}

async function syncNow(page: Page) {
  await page.goto(`${env.url()}/settings`);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
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
  it('a code on the owner’s screen, the invitation on a new teacher’s first screen, the coach reads every note, a removal told once', async () => {
    const owner = await newDevice();
    await setUpClass(owner.page, env.url(), ['Ana Lima', 'Ben Ode']);
    await signUp(owner.page, OWNER);
    await setName(owner.page, 'Ms. Rivera');

    // The co-teacher (her iPad in portrait) and the coach: new to the app, no class of their own. Signed
    // out, the join screen says to sign in to sync first.
    const co = await newDevice(true);
    await new AppShell(co.page).open(env.url(), '/join?code=k7qm-4xrt');
    await co.page.getByText('this app must first be signed in to sync').waitFor();
    await co.page.goto(`${env.url()}/`);
    await co.page.getByText('Invited to a colleague’s class? First sign in to sync').waitFor();
    expect(await co.page.getByRole('link', { name: 'Settings → Sync' }).getAttribute('href')).toBe(
      '/settings#sync',
    );
    await signUp(co.page, CO);
    const coach = await newDevice();
    await new AppShell(coach.page).open(env.url());
    await signUp(coach.page, COACH);

    // The owner makes a code for the co-teacher (for her email) and one for the coach (for anyone).
    const sharing = new SharingPage(owner.page, CLASS);
    await sharing.open(env.url());
    await sharing.panel().getByText('Only you see this class.').waitFor();
    const coCode = await sharing.invite('Co-teacher', CO);
    await sharing
      .codeCard()
      .getByText(/This code is shown only now/)
      .waitFor();
    await sharing
      .codeCard()
      .getByText(/^Expires .+\(in 14 days\)/)
      .waitFor();
    expect(
      await sharing
        .codeCard()
        .getByRole('img', { name: /^QR code of the join screen/ })
        .count(),
    ).toBe(1);
    await sharing.done();
    const coachCode = await sharing.invite('Coach');
    await sharing.done();
    const waiting = sharing.panel().getByRole('list', { name: `Invitations to ${CLASS} waiting` });
    await waiting.getByText(`Co-teacher for ${CO}`).waitFor();
    await waiting.getByText('Coach for whoever has the code').waitFor();
    expect(await waiting.getByText(/^Expires /).count()).toBe(2);
    // The code is shown once: opening the panel again shows the invitations, not their codes.
    await sharing.open(env.url());
    await waiting.getByText(`Co-teacher for ${CO}`).waitFor();
    expect(await owner.page.getByTestId('invitation-code').count()).toBe(0);

    // Her first screen, with no class of her own: the invitation, in words, with the code field.
    await co.page.goto(`${env.url()}/`);
    const invitation = co.page.getByRole('region', { name: 'You are invited to a shared class' });
    await invitation.getByText(`Ms. Rivera invited you to ${CLASS} as co-teacher`, { exact: true }).waitFor();
    await invitation.getByText(': enter the code she gave you.').waitFor();
    await co.page.getByRole('heading', { name: 'Create your first class' }).waitFor();
    const join = invitation.getByRole('form', { name: `Join ${CLASS}` });
    const field = join.getByRole('textbox', { name: 'The code Ms. Rivera gave you' });
    // A wrong code: the server's words, beside the field.
    await field.fill('zzzz yyyy');
    await join.getByRole('button', { name: 'Join' }).click();
    await join
      .getByRole('alert')
      .getByText(/^That code opens no invitation\./)
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // Typed as it comes: lower case, a space for the dash. Her sync is held at the server's door a moment,
    // to read what the screen says while the class is on its way.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await co.context.route('**/api/v1/sync/pull', async (route) => {
      await held;
      await route.continue();
    });
    await field.fill(coCode.toLowerCase().replace('-', ' '));
    await join.getByRole('button', { name: 'Join' }).click();
    await invitation
      .getByText(
        `You joined ${CLASS} (Ms. Rivera’s class) as co-teacher. It arrives with this sync, beside your own classes, and opens here as soon as it has.`,
      )
      .waitFor();
    release();
    await co.context.unrouteAll({ behavior: 'wait' });
    // Once it has arrived, the class opens.
    await co.page.getByRole('heading', { name: CLASS, level: 1 }).waitFor({ timeout: 20_000 });
    await co.page.goto(`${env.url()}/classes`);
    await co.page.getByText('Ms. Rivera’s class · you are its co-teacher').waitFor();

    // A code tried five times with the wrong second half locks its invitation: the sixth try gets the
    // server's words, and the owner's list says so; she cancels it.
    await coach.page.goto(`${env.url()}/`);
    await coach.page.getByRole('link', { name: 'Join a shared class with a code' }).click();
    const lockedCode = await (async () => {
      await sharing.open(env.url());
      const made = await sharing.invite('Coach');
      await sharing.done();
      return made;
    })();
    const [handle, secret] = lockedCode.split('-') as [string, string];
    const wrong = `${handle}-${secret === 'ZZZZ' ? 'YYYY' : 'ZZZZ'}`;
    const tryJoin = coach.page.getByRole('form', { name: 'Join a shared class' });
    for (let i = 0; i < 5; i++) {
      await tryJoin.getByRole('textbox').fill(i % 2 ? wrong : wrong.toLowerCase());
      await tryJoin.getByRole('button', { name: 'Join' }).click();
      await tryJoin
        .getByRole('alert')
        .getByText(/^That code opens no invitation\./)
        .waitFor();
      await tryJoin.getByRole('textbox').fill('');
    }
    await tryJoin.getByRole('textbox').fill(lockedCode);
    await tryJoin.getByRole('button', { name: 'Join' }).click();
    await tryJoin
      .getByRole('alert')
      .getByText(
        'This invitation was locked after five wrong codes. Ask the teacher who shared the class for a new one.',
      )
      .waitFor();
    await sharing.open(env.url());
    const locked = waiting.getByRole('listitem').filter({ hasText: 'Locked after five wrong codes' });
    await locked.waitFor();
    await locked.getByRole('button', { name: 'Cancel the invitation for whoever has the code' }).click();
    await locked.waitFor({ state: 'detached' });

    // The coach opens the join screen the QR code holds: the code is filled in.
    await coach.page.goto(`${env.url()}/join?code=${coachCode}`);
    const coachJoin = coach.page.getByRole('form', { name: 'Join a shared class' });
    expect(await coachJoin.getByRole('textbox', { name: 'The code she gave you' }).inputValue()).toBe(
      coachCode,
    );
    await coachJoin.getByRole('button', { name: 'Join' }).click();
    await coach.page.getByRole('heading', { name: CLASS, level: 1 }).waitFor({ timeout: 20_000 });

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
    // She sets her name after her note was logged: the note says her name now, not her email.
    await setName(co.page, 'Mr. Okafor');
    await expect
      .poll(
        async () => {
          await syncNow(owner.page);
          const ben = await timelineOf(owner.page, 'Ben Ode');
          await ben.getByText(/^Logged by /).waitFor();
          return ben.getByText(/^Logged by /).textContent();
        },
        { timeout: 20_000 },
      )
      .toBe('Logged by Mr. Okafor');

    // The owner makes this week's grid: both children are "✓ seen".
    await owner.page.goto(`${env.url()}/week`);
    await new WeekPage(owner.page).makeThisWeeksGrid();
    await syncNow(owner.page);

    // The coach opens a "✓ seen" box and reads the note, with who logged it.
    await syncNow(coach.page);
    await coach.page.goto(`${env.url()}/week`);
    const box = coach.page
      .getByRole('list', { name: '9-kid grid' })
      .getByRole('link', { name: /^Read the conferences with Ana Lima\b/ });
    await box.getByText('✓ seen').waitFor();
    await box.click();
    await coach.page.getByRole('heading', { name: 'Conference with Ana Lima', level: 1 }).waitFor();
    const read = coach.page.locator('.coach-view');
    await read.getByText('Owner: stretch the heart of the story').waitFor();
    await read.getByText('Ms. Rivera', { exact: true }).waitFor();
    expect(await read.getByText(/No conference yet/).count()).toBe(0);
    await coach.page.getByRole('button', { name: 'Back to the week' }).click();
    await box.waitFor();
    // Nothing on the week, the roster or a child's page that the server would refuse her.
    await coach.page.goto(`${env.url()}/week`);
    await coach.page.getByRole('heading', { name: 'Who’s next' }).waitFor();
    expect(await coach.page.getByRole('button', { name: 'Add a sign-up' }).count()).toBe(0);
    await coach.page.goto(`${env.url()}/students`);
    const roster = coach.page.getByRole('list', { name: 'Students' });
    await roster.getByRole('link', { name: 'Ana Lima', exact: true }).waitFor();
    expect(await roster.getByRole('button').count()).toBe(0);
    expect(await coach.page.locator('main button:disabled, main fieldset:disabled').count()).toBe(0);
    expect(await coach.page.getByRole('textbox', { name: /Add a student/ }).count()).toBe(0);
    const coachAna = await timelineOf(coach.page, 'Ana Lima');
    await coachAna.getByText('Logged by Ms. Rivera').waitFor();
    for (const refused of [
      'Plan a peer conference',
      'Add assessment note',
      'Type a goal',
      'Asked for a conference',
    ])
      expect(await coach.page.getByRole('button', { name: refused }).count(), refused).toBe(0);
    expect(await coach.page.getByRole('link', { name: 'Log a conference' }).count()).toBe(0);
    expect(await coach.page.locator('main button:disabled, main fieldset:disabled').count()).toBe(0);
    // She may add a reflection, which the owner reads after both sync.
    await coachAna.getByRole('link').first().click();
    await coach.page.getByText('You are the coach of Room 12 Writers').waitFor();
    await coach.page.getByRole('link', { name: 'Reflect on this conference' }).click();
    await coach.page
      .getByRole('textbox', { name: 'What I noticed' })
      .fill('Coach: the compliment named a move');
    // Kept as she types (no button).
    await coach.page.getByText('Note saved.').waitFor();
    await syncNow(coach.page);
    // The owner reads it as the coach's: a reflection is one person's, read by the others, not changed.
    await expect
      .poll(
        async () => {
          await syncNow(owner.page);
          const ownerAna = await timelineOf(owner.page, 'Ana Lima');
          await ownerAna.getByRole('link', { name: 'Reflect on this conference' }).click();
          await owner.page.getByRole('heading', { name: /^Reflect: Ana Lima/ }).waitFor();
          return owner.page.getByRole('heading', { name: `${COACH}’s reflection` }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await owner.page.getByText('Coach: the compliment named a move', { exact: true }).waitFor();
    expect(await owner.page.getByRole('textbox').count()).toBe(0);
    // The teacher's own reflection on another conference: the coach reads it as hers, answers as tapped.
    const teachersBen = await timelineOf(owner.page, 'Ben Ode');
    await teachersBen.getByRole('link', { name: 'Reflect on this conference' }).click();
    await owner.page.getByRole('radio', { name: 'Rushed' }).check();
    await owner.page.getByText('Answer saved.').waitFor();
    await syncNow(owner.page);
    await expect
      .poll(
        async () => {
          await syncNow(coach.page);
          const coachBen = await timelineOf(coach.page, 'Ben Ode');
          await coachBen.getByRole('link', { name: 'Reflect on this conference' }).click();
          await coach.page.getByRole('heading', { name: /^Reflect: Ben Ode/ }).waitFor();
          return coach.page.getByRole('heading', { name: 'Ms. Rivera’s reflection' }).count();
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await coach.page.getByText('Rushed', { exact: true }).waitFor();
    expect(await coach.page.getByRole('radio').count()).toBe(0);

    // Offline, the co-teacher writes one more and stays on the child's page; meanwhile she is removed.
    await co.context.setOffline(true);
    await logConference(co.page, 'Ana Lima', 'Written before she was removed');
    await timelineOf(co.page, 'Ana Lima');
    await sharing.open(env.url());
    await sharing
      .panel()
      .getByRole('button', { name: `Remove Mr. Okafor from ${CLASS}` })
      .click();
    await sharing.panel().getByText(`Mr. Okafor no longer shares ${CLASS}.`).waitFor();
    // Back online, her iPad syncs by itself: the notice comes on the screen she is on.
    await co.context.setOffline(false);
    const notice = co.page.getByRole('region', { name: `${CLASS} is no longer shared with you` });
    await notice.waitFor({ timeout: 30_000 });
    await notice.getByText(/^Ms\. Rivera’s class left this iPad when it synced/).waitFor();
    await notice
      .getByText(
        /Your 1 note in it that had not synced yet is kept on this iPad only, under Settings → Kept from classes no longer shared/,
      )
      .waitFor();
    await co.page
      .getByTestId('sync-status')
      .getByText(`Synced · ${CLASS} is no longer shared with you`, { exact: true })
      .waitFor();
    // It stays while she moves about, and takes her to what was kept.
    await notice.getByRole('link', { name: 'Open what was kept' }).click();
    await co.page
      .getByRole('region', { name: 'Kept from classes no longer shared' })
      .getByText('Teaching point: Written before she was removed')
      .waitFor();
    await notice.waitFor();
    await notice.getByRole('button', { name: `Dismiss: ${CLASS} is no longer shared with you` }).click();
    await notice.waitFor({ state: 'detached' });
    await co.page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
    // Told once: not again after a reload and another sync.
    await co.page.reload();
    await syncNow(co.page);
    expect(await co.page.getByRole('region', { name: /is no longer shared with you$/ }).count()).toBe(0);
    await co.page.goto(`${env.url()}/classes`);
    await co.page.getByText('No classes yet.').waitFor();
    expect(await co.page.getByText(CLASS).count()).toBe(0);

    // The owner still has everything.
    const ownerBen = await timelineOf(owner.page, 'Ben Ode');
    await ownerBen.getByText('Teaching point: Co-teacher: reread for the reader').waitFor();
    for (const device of [owner, co, coach]) await device.context.close();
  }, 300_000);
});
