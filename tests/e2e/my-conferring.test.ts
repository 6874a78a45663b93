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
  it('shows two workshop days of her own conferring in numbers and charts', async () => {
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

    await page.goto(`${env.url()}/week`);
    expect(await page.getByTestId('today-count').textContent()).toBe(
      'Today: 2 conferences · four or five a workshop',
    );
    await page.getByRole('link', { name: 'My conferring' }).tap();
    await page.getByRole('heading', { name: 'My conferring', level: 1 }).waitFor();
    expect(await page.getByTestId('mirror-total').textContent()).toBe('4');
    expect(await page.getByTestId('mirror-per-day').textContent()).toBe('2');
    expect(await page.getByTestId('mirror-minutes').textContent()).toBe('4.5');
    expect(await page.getByTestId('mirror-on-goal').textContent()).toBe('1 of 4');
    // Each chart has a table VoiceOver reads.
    const days = page.getByRole('table', { name: 'Conferences a workshop day (the band: 4-5)' });
    expect(await days.getByRole('row').allTextContents()).toEqual([
      'DayHow many',
      `${await page.evaluate(() => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(2026, 10, 23)))}2 conferences`,
      `${await page.evaluate(() => new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(2026, 10, 24)))}2 conferences`,
    ]);
    const length = page.getByRole('table', { name: /^Minutes a conference/ });
    expect(await length.getByRole('row').allTextContents()).toEqual([
      'LengthHow many',
      'Under 5 min2 conferences',
      '5-7 min2 conferences',
      'Over 7 min0 conferences',
    ]);
    const least = page.getByRole('table', { name: /^Seen least/ });
    expect(await least.getByRole('row').nth(1).textContent()).toBe('Eli Cohen0 conferences');
    // The school year holds the same two days.
    await page.getByRole('radio', { name: 'This school year' }).check();
    expect(await page.getByTestId('mirror-total').textContent()).toBe('4');
    await context.close();
  }, 120_000);
});
