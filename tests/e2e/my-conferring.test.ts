// My conferring, as a teacher would see it after two workshop days: the clock set to a Monday morning,
// conferences logged with the timer running, one continuing a goal, then the figures on the screen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();
const NAMES = ['Ana Lima', 'Ben Okafor', 'Carla Diaz', 'Dev Patel', 'Eli Cohen'];

async function confer(page: Page, name: string, minutes: number, pattern?: [string, string]) {
  await page.goto(`${env.url()}/students`);
  await page.getByRole('link', { name, exact: true }).tap();
  await page.getByRole('link', { name: 'Log a conference' }).tap();
  const sheet = new ConferenceSheetPage(page);
  await sheet.form().waitFor();
  await sheet.field('What is your goal as a writer?').fill('To finish my story');
  if (pattern) await sheet.pickPattern(...pattern);
  else await sheet.field('Teaching point').fill('Reread and ask what else could I say');
  await page.clock.fastForward(minutes * 60_000);
  await sheet.save();
}

describe('my conferring', () => {
  it('shows a week of her own conferring in numbers and charts', async () => {
    const context = await newIpad(env.browser(), { viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    // Monday 23 November 2026, 9:00 in the iPad's own time.
    await page.clock.install({ time: new Date(2026, 10, 23, 9, 0) });
    await setUpClass(page, env.url(), NAMES);
    await confer(page, 'Ana Lima', 6);
    await confer(page, 'Ben Okafor', 3);
    // Tuesday.
    await page.clock.fastForward('24:00:00');
    await confer(page, 'Carla Diaz', 4, ['transitions', 'Paragraphing']);
    await confer(page, 'Dev Patel', 5);
    // Wednesday; no workshop on Thursday; Friday.
    await page.clock.fastForward('24:00:00');
    await confer(page, 'Ana Lima', 6.5);
    await page.clock.fastForward('48:00:00');
    await confer(page, 'Ben Okafor', 8);

    await page.goto(`${env.url()}/week`);
    expect(await page.getByTestId('today-count').textContent()).toBe(
      'Today: 1 conference · four or five a workshop',
    );
    await page.getByRole('link', { name: 'My conferring' }).tap();
    await page.getByRole('heading', { name: 'My conferring', level: 1 }).waitFor();
    // Six conferences on four workshop days; 6, 3, 4, 5, 6.5 and 8 minutes (and the seconds the steps
    // take); one continued a goal.
    expect(await page.getByTestId('mirror-total').textContent()).toBe('6');
    expect(await page.getByTestId('mirror-per-day').textContent()).toBe('1.5');
    expect(await page.getByTestId('mirror-minutes').textContent()).toBe('5.4');
    expect(await page.getByTestId('mirror-on-goal').textContent()).toBe('1 of 6');
    // Each chart has a table VoiceOver reads.
    const days = page.getByRole('table', { name: 'Conferences a workshop day (the band: 4-5)' });
    const day = (date: number) =>
      page.evaluate(
        (d) =>
          new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(
            new Date(2026, 10, d),
          ),
        date,
      );
    expect(await days.getByRole('row').allTextContents()).toEqual([
      'DayHow many',
      `${await day(23)}2 conferences`,
      `${await day(24)}2 conferences`,
      `${await day(25)}1 conference`,
      `${await day(27)}1 conference`,
    ]);
    const length = page.getByRole('table', { name: /^Minutes a conference/ });
    expect(await length.getByRole('row').allTextContents()).toEqual([
      'LengthHow many',
      'Under 5 min2 conferences',
      '5-7 min3 conferences',
      'Over 7 min1 conference',
    ]);
    const least = page.getByRole('table', { name: /^Seen least/ });
    expect(await least.getByRole('row').nth(1).textContent()).toBe('Eli Cohen0 conferences');
    // The school year holds the same two days.
    await page.getByRole('radio', { name: 'This school year' }).check();
    expect(await page.getByTestId('mirror-total').textContent()).toBe('6');
    await context.close();
  }, 120_000);
});

describe('closer to the seeds', () => {
  it('asks the child’s goal, opens the research guide, explains the types, keeps assessment notes and peer conferences', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), NAMES);
    await page.goto(`${env.url()}/students`);
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.form().getByRole('button', { name: 'How’s it going?' }).tap();
    const guide = page.getByRole('dialog', { name: 'How’s it going?' });
    await guide.getByText('Students might talk about their history and growth as writers').waitFor();
    await guide.getByText('Reveals she’s skipped a stage in the writing process').waitFor();
    await guide.getByText('Beware of asking “leading questions”', { exact: false }).waitFor();
    await guide.getByRole('button', { name: 'Close' }).tap();
    await guide.waitFor({ state: 'detached' });
    await sheet.field('What is your goal as a writer?').fill('To make my ending better');
    await sheet.choose('Rehearsal');
    await sheet
      .form()
      .getByText('Rehearsal: How to get started · Finding ideas · Choosing paper · Planning')
      .waitFor();
    await sheet.field('Teaching point').fill('Try three endings in your notebook');
    await sheet.save();
    const timeline = page.getByRole('list', { name: 'Conference timeline' });
    await timeline.getByText('Their goal: To make my ending better').waitFor();

    const note = page.getByRole('form', { name: 'New assessment note' });
    await note
      .getByRole('textbox', { name: 'What I noticed' })
      .fill('Writes dialogue with correct punctuation');
    await note.getByRole('button', { name: 'Add assessment note' }).tap();
    await page
      .getByRole('list', { name: 'Assessment notes' })
      .getByText('Writes dialogue with correct punctuation')
      .waitFor();

    await page.getByRole('button', { name: 'Plan a peer conference' }).tap();
    const chooser = page.getByRole('dialog', { name: 'Ana Lima will confer with…' });
    await chooser.getByRole('radio', { name: 'Ben Okafor' }).tap();
    await chooser.getByRole('textbox', { name: 'About what?' }).fill('reading the ending aloud');
    await chooser.getByRole('button', { name: 'Plan the peer conference' }).tap();
    await page
      .getByRole('list', { name: 'Peer conferences' })
      .getByText(/^Peer conference with Ben Okafor, .*: reading the ending aloud$/)
      .waitFor();
    await page.goto(`${env.url()}/students`);
    await page.getByRole('link', { name: 'Ben Okafor', exact: true }).tap();
    await page
      .getByRole('list', { name: 'Peer conferences' })
      .getByText(/^Peer conference with Ana Lima, .*: reading the ending aloud$/)
      .waitFor();

    await page.goto(`${env.url()}/search`);
    await page.getByRole('searchbox', { name: 'Words' }).fill('punctuation');
    await page
      .getByRole('list', { name: 'Matching assessment notes' })
      .getByText('Assessment note: Writes dialogue with correct punctuation')
      .waitFor();
    await context.close();
  }, 90_000);
});
