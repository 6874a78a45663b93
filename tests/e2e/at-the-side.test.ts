// At the child's side, on an iPad in landscape, in portrait and in Split View: logging a conference with a
// pattern and its goal takes at most 4 taps and no scroll; the picker opens where she can see it; a
// teaching point she typed survives a pick, and the pick undoes in one tap; Swap never sits on a name;
// Saved is confirmed; the choosers are alphabetical with a search; the timeline reads in place.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const NAMES = [
  'Ana Lima',
  'Benedict Okafor-Whitfield',
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
const SCREENS = [
  { name: 'landscape', viewport: { width: 1180, height: 820 } },
  { name: 'portrait', viewport: { width: 820, height: 1180 } },
  { name: 'Split View', viewport: { width: 678, height: 820 } },
];
const FOCUS_GOAL = 'Include parts in pieces that develop meaning';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Taps as she would, counting, and refusing a target she would have to scroll to. */
class Taps {
  count = 0;
  constructor(readonly page: Page) {}

  async tap(target: Locator) {
    await target.waitFor();
    const box = await target.boundingBox();
    const viewport = this.page.viewportSize();
    if (!box || !viewport) throw new Error('The target is not on screen.');
    const inView =
      box.y >= 0 &&
      box.y + box.height <= viewport.height &&
      box.x >= 0 &&
      box.x + box.width <= viewport.width;
    expect(inView, `${await target.textContent()} is on screen without a scroll`).toBe(true);
    this.count += 1;
    await target.tap();
  }
}

/** Controls and links under 44x44 pt on screen (a file input inside its button-like label excepted). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('label.button, label.chip')) continue;
      if (r.width < 44 || r.height < 44)
        small.push(`${el.textContent?.trim() || el.tagName} ${r.width}x${r.height}`);
    }
    return small;
  });
}

/** Text under 15 px inside an element. */
function smallText(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((root) => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(`${root}, ${root} *`)) {
      const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
      if (hasText && Number.parseFloat(getComputedStyle(el).fontSize) < 15) small.push(el.textContent ?? '');
    }
    return small;
  }, selector);
}

describe('at the child’s side', () => {
  for (const screen of SCREENS) {
    it(`logs a pattern and its goal in at most 4 taps, no scroll (${screen.name}, ${screen.viewport.width}x${screen.viewport.height})`, async () => {
      const context = await newIpad(env.browser(), { viewport: screen.viewport });
      const page = await context.newPage();
      const { app } = await setUpClass(page, env.url(), NAMES);
      await app.tab('This week').tap();
      const week = new WeekPage(page);
      await week.makeThisWeeksGrid();
      await page.evaluate(() => window.scrollTo(0, 0));
      const sheet = new ConferenceSheetPage(page);
      const taps = new Taps(page);

      // 1: the child's box. 2: Pick from patterns. 3: one teaching point. 4: Save.
      expect(await smallText(page, '.nine-kid-grid')).toEqual([]);
      await taps.tap(week.box('Ana Lima'));
      await sheet.form().waitFor();
      expect(await smallTargets(page)).toEqual([]);
      expect(await smallText(page, '.sheet')).toEqual([]);
      await taps.tap(sheet.form().getByRole('button', { name: 'Pick from patterns' }));
      const picker = sheet.picker();
      const firstRow = picker.getByRole('group').first();
      await firstRow.waitFor();
      const viewport = page.viewportSize() as { width: number; height: number };
      const rowBox = (await firstRow.boundingBox()) as Box;
      expect(rowBox.y).toBeGreaterThanOrEqual(0);
      expect(rowBox.y + 40).toBeLessThanOrEqual(viewport.height);
      // The row's name is its own visible words.
      expect(await firstRow.getAttribute('aria-label')).toBeNull();
      expect(
        await picker
          .getByRole('group', { name: /^If I see: The student writes “all about” a topic Goal: / })
          .count(),
      ).toBe(1);
      expect(await picker.getByRole('heading', { level: 3 }).first().textContent()).toBe('Meaning and focus');
      // A long list says more is below.
      await picker.getByRole('button', { name: 'More below ↓' }).waitFor();
      await taps.tap(
        firstRow.getByRole('button', { name: 'Writing a focused plan before drafting', exact: true }),
      );
      await picker.waitFor({ state: 'detached' });
      expect(await sheet.field('Teaching point').inputValue()).toBe('Writing a focused plan before drafting');
      expect(
        await sheet
          .form()
          .getByRole('checkbox', { name: `Set goal: ${FOCUS_GOAL}` })
          .isChecked(),
      ).toBe(true);
      await taps.tap(sheet.form().getByRole('button', { name: 'Save conference' }));
      await sheet.form().waitFor({ state: 'detached' });
      expect(taps.count).toBeLessThanOrEqual(4);

      // Saved is confirmed in words VoiceOver reads.
      await page.getByRole('status').filter({ hasText: 'Saved: conference with Ana Lima.' }).waitFor();
      const box = week
        .grid()
        .getByRole('link', { name: new RegExp(`^Log a conference with Ana Lima\\..*goal: ${FOCUS_GOAL}`) });
      await box.waitFor();
      expect(await box.getAttribute('aria-label')).toContain(
        'last teaching point: Writing a focused plan before drafting',
      );

      expect(await smallTargets(page)).toEqual([]);
      expect(await smallText(page, '.nine-kid-grid')).toEqual([]);

      // Swap: no swap control in a box until she asks for it; then the whole box swaps, the cue never on
      // the name (the long name included) nor on "✓ seen".
      expect(await week.grid().getByRole('button').count()).toBe(0);
      await page.getByRole('button', { name: 'Swap students' }).tap();
      for (const name of ['Benedict Okafor-Whitfield', 'Ana Lima']) {
        const target = week.grid().getByRole('button', { name: `Swap ${name}` });
        const nameBox = (await target.locator('.box-name').boundingBox()) as Box;
        const cueBox = (await target.locator('.box-swap-cue').boundingBox()) as Box;
        expect(overlaps(nameBox, cueBox), `the swap cue is clear of ${name}`).toBe(false);
        expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(
          ((await target.boundingBox()) as Box).x + ((await target.boundingBox()) as Box).width + 1,
        );
      }
      const seen = (await week
        .grid()
        .getByRole('button', { name: 'Swap Ana Lima' })
        .locator('.badge')
        .boundingBox()) as Box;
      const anaCue = (await week
        .grid()
        .getByRole('button', { name: 'Swap Ana Lima' })
        .locator('.box-swap-cue')
        .boundingBox()) as Box;
      expect(overlaps(seen, anaCue)).toBe(false);
      await week.grid().getByRole('button', { name: 'Swap Benedict Okafor-Whitfield' }).tap();
      const chooser = page.getByRole('dialog', { name: 'Box 2: who instead?' });
      const names = await chooser
        .getByRole('radio')
        .evaluateAll((inputs) => inputs.map((i) => i.closest('label')?.textContent ?? ''));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      await chooser.getByRole('searchbox', { name: 'Search names' }).fill('kim');
      expect(await chooser.getByRole('radio').count()).toBe(1);
      await chooser.getByRole('radio', { name: 'Kim Park' }).tap();
      await chooser.getByRole('button', { name: 'Put in this box' }).tap();
      await week.box('Kim Park').waitFor();
      // Swapping ends with the swap: the boxes log conferences again.
      expect(await week.grid().getByRole('button').count()).toBe(0);
      await context.close();
    }, 90_000);
  }

  it('keeps what she typed through a pick, undoes it in one tap, and Escape closes only the picker', async () => {
    const context = await newIpad(env.browser(), { viewport: { width: 820, height: 1180 } });
    const page = await context.newPage();
    const { app } = await setUpClass(page, env.url(), NAMES.slice(0, 3));
    await app.tab('Students').tap();
    await page.getByRole('link', { name: 'Carla Diaz', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('Teaching point').fill('Reread your lead');

    // Escape closes the picker, not the sheet; focus goes back to the button that opened it.
    await sheet.form().getByRole('button', { name: 'Pick from patterns' }).tap();
    await sheet.picker().waitFor();
    await page.keyboard.press('Escape');
    await sheet.picker().waitFor({ state: 'detached' });
    await sheet.form().waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Pick from patterns');

    await sheet.pickPattern('transitions', 'Paragraphing');
    expect(await sheet.field('Teaching point').inputValue()).toBe('Reread your lead\nParagraphing');
    await page.getByRole('status').filter({ hasText: 'Added under what you had typed.' }).waitFor();
    const goal = sheet.form().getByRole('checkbox', { name: 'Set goal: Develop repertoire of transitions.' });
    expect(await goal.isChecked()).toBe(true);
    await sheet.form().getByRole('button', { name: 'Undo' }).tap();
    expect(await sheet.field('Teaching point').inputValue()).toBe('Reread your lead');
    expect(await goal.count()).toBe(0);

    // Picked again, the goal unticked: saved without a goal.
    await sheet.pickPattern('transitions', 'Bullets');
    await goal.tap();
    expect(await goal.isChecked()).toBe(false);
    await sheet.field('Strength I named').fill('Your lead pulls me in.');
    await sheet.choose('Got it');
    await sheet
      .field('Note')
      .fill(`${'She read the lead aloud twice and heard where it dragged. '.repeat(6)}The end.`);
    await sheet.save();
    await page.getByRole('status').filter({ hasText: 'Saved: conference with Carla Diaz.' }).waitFor();

    // The timeline reads it in place: strength, teaching point, try-it, the note's first lines, expandable.
    const timeline = page.getByRole('list', { name: 'Conference timeline' });
    await timeline.getByText('Strength: Your lead pulls me in.').waitFor();
    expect(await timeline.getByText('Teaching point: Reread your lead Bullets').count()).toBe(1);
    expect(await timeline.getByText('Try it: Got it').count()).toBe(1);
    const more = timeline.getByRole('button', { name: 'Show the whole note' });
    const note = timeline.locator('.timeline-note p');
    const clamped = (await note.boundingBox()) as Box;
    await more.tap();
    await timeline.getByRole('button', { name: 'Show less' }).waitFor();
    expect(((await note.boundingBox()) as Box).height).toBeGreaterThan(clamped.height);
    expect(await page.getByRole('list', { name: 'Active goals' }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
