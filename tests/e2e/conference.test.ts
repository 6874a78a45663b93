// The heart of the product: beside a child, log the conference in seconds; offline; nothing lost.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const NAMES = [
  'Ana Lima',
  'Ben Okafor',
  'Carla Diaz',
  'Dev Patel',
  'Eli Cohen',
  'Fay Wong',
  'Gus Hale',
  'Hana Sato',
  'Ivan Petrov',
  'Jo March',
  'Kim Park',
];
/** One of the "all about" row's two teaching points. */
const FOCUS = 'Writing a focused plan before drafting';

async function classWithStudents(page: Page) {
  const { app } = await setUpClass(page, env.url(), NAMES);
  await app.tab('This week').tap();
  return app;
}

describe('tap-to-log conferences', () => {
  it('makes the grid, logs a conference from a pattern, offline, and the box updates', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await classWithStudents(page);
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();
    expect(await week.grid().getByRole('listitem').count()).toBe(9);

    await context.setOffline(true);
    await week.box('Ana Lima').tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.form().waitFor();
    await page.getByText('First conference with this student.').waitFor();
    await page.getByRole('timer').waitFor();
    await sheet.choose('Content');
    await sheet.toggle('Structure');
    await sheet.field('What the child says they are doing').fill('Writing all about her dog');
    await sheet.field('Strength I named').fill('You know so much about your dog.');
    await sheet.pickPattern('all about', FOCUS);
    expect(await sheet.field('Teaching point').inputValue()).toBe(FOCUS);
    // The row's goal is ticked, to be set with the save.
    expect(
      await sheet
        .form()
        .getByRole('checkbox', { name: 'Set goal: Include parts in pieces that develop meaning' })
        .isChecked(),
    ).toBe(true);
    await sheet.choose('With support');
    await sheet.field('Next step').fill('Choose the most important part to stretch');
    await sheet.save();

    // The committed note shows at once; the goal set in the sheet follows when the grid re-reads.
    const box = week.grid().getByRole('link', { name: /^Log a conference with Ana Lima\..*goal: / });
    await box.waitFor();
    const label = await box.getAttribute('aria-label');
    expect(label).toContain('Last: today');
    expect(label).toContain(`last teaching point: ${FOCUS}`);
    expect(label).toContain('goal: Include parts in pieces that develop meaning');
    expect(label).toContain('seen this week');

    await page.reload();
    await week.box('Ana Lima').waitFor();
    expect(await week.box('Ana Lima').getAttribute('aria-label')).toContain('seen this week');

    // Next time: "Last time we talked about…" and the repeat warning.
    await week.box('Ana Lima').tap();
    await page.getByRole('region', { name: 'Last time' }).getByText(`Teaching point: ${FOCUS}`).waitFor();
    await sheet.field('Strength I named').fill('you know so much about your dog');
    await page.getByText('Same strength as last time').waitFor();
    await sheet.form().getByRole('button', { name: 'Close' }).tap();
    await context.close();
  });

  it('keeps a half-written note when the app is closed, and brings it back', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await classWithStudents(page);
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();
    const name = (await week.grid().getByRole('link').first().getAttribute('aria-label'))?.match(
      /^Log a conference with (.+?)\./,
    )?.[1] as string;
    await week.box(name).tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('What the child says they are doing').fill('Adding dialogue to the fight scene');
    await sheet.choose('Rehearsal');
    // Close the app mid-note, as on an iPad: the app goes to the background, then is killed, no Save.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // iPadOS gives a backgrounded app a few seconds before it may be killed: enough for the draft's
    // write, which the test waits for, then the page goes away.
    await page.waitForFunction(`new Promise((resolve) => {
      const open = indexedDB.open('conferring-clipboard');
      open.onsuccess = () => {
        const count = open.result.transaction('drafts').objectStore('drafts').count();
        count.onsuccess = () => { open.result.close(); resolve(count.result > 0); };
      };
    })`);
    await page.close();

    const again = await context.newPage();
    await context.setOffline(true);
    await again.goto(`${env.url()}/week`);
    const reopened = new WeekPage(again);
    await reopened.box(name).waitFor();
    expect(await reopened.box(name).getAttribute('aria-label')).toContain('unsaved note');
    await reopened.box(name).tap();
    const restored = new ConferenceSheetPage(again);
    await again.getByText('Your unsaved note is back, as you left it.').waitFor();
    expect(await restored.field('What the child says they are doing').inputValue()).toBe(
      'Adding dialogue to the fight scene',
    );
    expect(await restored.form().getByRole('radio', { name: 'Rehearsal' }).isChecked()).toBe(true);
    await restored.save();
    expect(await reopened.box(name).getAttribute('aria-label')).not.toContain('unsaved note');
    await context.close();
  });

  it('logs one group note to each member, swaps a box, edits and deletes from the timeline', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const app = await classWithStudents(page);
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();

    const inGrid = await week
      .grid()
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
    const outside = NAMES.find(
      (n) => !inGrid.some((l) => l.startsWith(`Log a conference with ${n}.`)),
    ) as string;
    const first = inGrid[0]?.match(/^Log a conference with (.+?)\./)?.[1] as string;
    await page.getByRole('button', { name: 'Swap students' }).tap();
    await week
      .grid()
      .getByRole('button', { name: `Swap ${first}` })
      .tap();
    await page.getByRole('radio', { name: outside }).tap();
    await page.getByRole('button', { name: 'Put in this box' }).tap();
    await week.box(outside).waitFor();
    expect(await week.box(first).count()).toBe(0);

    await page.getByRole('button', { name: 'Group conference' }).tap();
    await page.getByRole('checkbox', { name: 'Ben Okafor' }).tap();
    await page.getByRole('checkbox', { name: 'Carla Diaz' }).tap();
    await page.getByRole('button', { name: 'Start group conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    await page.getByRole('heading', { name: 'Group conference: Ben Okafor and Carla Diaz' }).waitFor();
    await sheet.field('Teaching point').fill('Time transitions between scenes');
    await sheet.save();

    for (const name of ['Ben Okafor', 'Carla Diaz']) {
      await app.tab('Students').tap();
      await page.getByRole('link', { name, exact: true }).tap();
      const timeline = page.getByRole('list', { name: 'Conference timeline' });
      await timeline.getByText('Teaching point: Time transitions between scenes').waitFor();
      expect(await timeline.getByText('group of 2').count()).toBe(1);
    }

    // Edit from Carla's timeline, then delete.
    await page.getByRole('list', { name: 'Conference timeline' }).getByRole('link').first().tap();
    await sheet.field('Next step').fill('Try a time transition in the next scene');
    await sheet.save();
    await page
      .getByRole('list', { name: 'Conference timeline' })
      .getByText('Next step: Try a time transition in the next scene')
      .waitFor();
    await page.getByRole('list', { name: 'Conference timeline' }).getByRole('link').first().tap();
    page.once('dialog', (dialog) => void dialog.accept());
    await sheet.form().getByRole('button', { name: 'Delete this conference' }).tap();
    await page.getByText('No conferences yet.').waitFor();
    await context.close();
  });

  it('opens the cheat sheet and lets her add and hide patterns', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await classWithStudents(page);
    await page.getByRole('link', { name: 'Conferring cheat sheet' }).tap();
    await page.getByRole('heading', { name: 'After “How’s it going?”: five scenarios' }).waitFor();
    expect(await page.getByText('I think the strongest part of my writing is…').count()).toBe(1);

    await page.goto(`${env.url()}/patterns`);
    const patterns = page.getByRole('list', { name: 'Patterns', exact: true });
    await patterns.waitFor();
    expect(await patterns.getByRole('listitem').count()).toBe(26);
    await page.getByRole('button', { name: 'Add your own pattern' }).tap();
    await page.getByRole('textbox', { name: 'If I see this…' }).fill('The student writes only dialogue');
    await page
      .getByRole('textbox', { name: 'I’ll set this writing goal…' })
      .fill('Balance dialogue with action');
    await page
      .getByRole('textbox', { name: 'Possible teaching points' })
      .fill('Act out the scene, then write what the bodies do');
    await page.getByRole('button', { name: 'Save pattern' }).tap();
    await patterns.getByText('Teach: Act out the scene, then write what the bodies do').waitFor();
    await page
      .getByRole('button', { name: 'Hide: The student moves abruptly from one part to another pieces.' })
      .tap();
    await page.getByRole('list', { name: 'Hidden patterns' }).waitFor();
    expect(await patterns.getByRole('listitem').count()).toBe(26);
    await context.close();
  });

  it('opens the sheet over the week, which stays where she left it (portrait), and Save comes back to it', async () => {
    const context = await newIpad(env.browser(), { viewport: IPAD_PORTRAIT });
    const page = await context.newPage();
    await classWithStudents(page);
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();
    // The grid's list element is marked: the same element after Save means the week was never rebuilt.
    await week.grid().evaluate((grid) => grid.setAttribute('data-before-sheet', 'yes'));
    await page.evaluate(() => {
      window.scrollTo(0, 200);
      // Where the page was at the tap (Playwright may scroll the box into view first).
      window.addEventListener(
        'click',
        () => document.body.setAttribute('data-at-tap', String(window.scrollY)),
        {
          capture: true,
          once: true,
        },
      );
    });

    await week.box('Ben Okafor').tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.form().waitFor();
    expect(new URL(page.url()).pathname).toBe('/week/log');
    // The week under the sheet is hidden: not seen, not read by VoiceOver, its heading not focused.
    expect(await week.grid().isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Conference with Ben Okafor');
    await sheet.field('Teaching point').fill('Reread to find where the story starts');
    await sheet.save();

    const box = week.box('Ben Okafor');
    await expect
      .poll(() => box.getAttribute('aria-label'))
      .toContain('Reread to find where the story starts');
    expect(await week.grid().getAttribute('data-before-sheet')).toBe('yes');
    const scrolled = Number(await page.locator('body').getAttribute('data-at-tap'));
    expect(scrolled).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // Focus is back on the box she tapped, as VoiceOver left it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toMatch(/^Log a conference with Ben Okafor\./);

    // The browser's Back closes the sheet too, keeping what she typed; a reload on the sheet brings back
    // the sheet with it, over the week.
    await week.box('Carla Diaz').tap();
    await sheet.field('Teaching point').fill('Name the feeling, then show it');
    await page.goBack();
    await sheet.form().waitFor({ state: 'detached' });
    await week.grid().waitFor();
    expect(new URL(page.url()).pathname).toBe('/week');
    await page.goForward();
    await sheet.form().waitFor();
    await page.reload();
    await page.getByText('Your unsaved note is back, as you left it.').waitFor();
    expect(await sheet.field('Teaching point').inputValue()).toBe('Name the feeling, then show it');
    await page.keyboard.press('Escape');
    await sheet.form().waitFor({ state: 'detached' });
    await week.box('Carla Diaz').waitFor();
    expect(await week.box('Carla Diaz').getAttribute('aria-label')).toContain('unsaved note');

    // A group from the week: the chooser is gone when she comes back.
    await page.getByRole('button', { name: 'Group conference' }).tap();
    await page.getByRole('checkbox', { name: 'Carla Diaz' }).tap();
    await page.getByRole('checkbox', { name: 'Dev Patel' }).tap();
    await page.getByRole('button', { name: 'Start group conference' }).tap();
    await page.getByRole('heading', { name: 'Group conference: Carla Diaz and Dev Patel' }).waitFor();
    await sheet.form().getByRole('button', { name: 'Close' }).tap();
    await week.grid().waitFor();
    expect(await page.getByRole('button', { name: 'Start group conference' }).count()).toBe(0);
    await context.close();
  });
});
