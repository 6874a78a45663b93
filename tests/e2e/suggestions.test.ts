// From what she sees to what to teach: as she jots what the child says, the pattern rows that fit show
// under the field, and one tap on a teaching point puts it on the sheet with the row's goal ticked.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPAD_LANDSCAPE, IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const NAMES = ['Ana Lima', 'Ben Okafor', 'Carla Diaz'];
const TRANSITIONS_GOAL = 'Set goal: Develop repertoire of transitions.';

async function sheetFor(page: Page, name: string) {
  const { app } = await setUpClass(page, env.url(), NAMES);
  await app.tab('This week').tap();
  const week = new WeekPage(page);
  await week.makeThisWeeksGrid();
  await week.box(name).tap();
  const sheet = new ConferenceSheetPage(page);
  await sheet.form().waitFor();
  return { week, sheet };
}

/** The rows shown, by the "If I see" text VoiceOver reads for each. */
function rowNames(sheet: ConferenceSheetPage) {
  return sheet
    .suggestions()
    .getByRole('group')
    .evaluateAll((groups) => groups.map((g) => g.querySelector('legend')?.textContent ?? ''));
}

describe('pattern suggestions from the research field', () => {
  for (const viewport of [IPAD_LANDSCAPE, IPAD_PORTRAIT]) {
    it(`suggests three rows as she types, and one tap teaches a point with its goal (${viewport.width}x${viewport.height})`, async () => {
      const context = await newIpad(env.browser(), { viewport });
      const page = await context.newPage();
      const { week, sheet } = await sheetFor(page, 'Ana Lima');
      const research = sheet.field('What the child says they are doing');

      await research.pressSequentially('jumps from the bus to the beach');
      await sheet.suggestions().waitFor();
      const rows = await rowNames(sheet);
      expect(rows).toHaveLength(3);
      expect(rows[0]).toBe('If I see: The student moves abruptly from one part to another pieces.');
      // Under the field, never over it.
      const field = await research.boundingBox();
      const list = await sheet.suggestions().boundingBox();
      if (!field || !list) throw new Error('The field or the suggestions are not on screen.');
      expect(list.y).toBeGreaterThanOrEqual(field.y + field.height);
      expect(list.x + list.width).toBeLessThanOrEqual(viewport.width);

      // What she typed in the teaching point stays; the point goes under it; Undo takes it back.
      await sheet.field('Teaching point').fill('Reread it to a partner');
      await sheet.suggestions().getByRole('button', { name: 'Time transitions', exact: true }).tap();
      expect(await sheet.field('Teaching point').inputValue()).toBe(
        'Reread it to a partner\nTime transitions',
      );
      const goal = sheet.form().getByRole('checkbox', { name: TRANSITIONS_GOAL });
      expect(await goal.isChecked()).toBe(true);
      await sheet.form().getByRole('button', { name: 'Undo' }).tap();
      expect(await sheet.field('Teaching point').inputValue()).toBe('Reread it to a partner');
      expect(await goal.count()).toBe(0);

      // Into an empty field, the point alone; the research note is as she typed it.
      await sheet.field('Teaching point').fill('');
      await sheet.suggestions().getByRole('button', { name: 'Time transitions', exact: true }).tap();
      expect(await sheet.field('Teaching point').inputValue()).toBe('Time transitions');
      expect(await research.inputValue()).toBe('jumps from the bus to the beach');
      expect(await goal.isChecked()).toBe(true);

      // One word is not enough to go on, nor an empty field.
      await research.fill('jumps');
      await sheet.suggestions().waitFor({ state: 'detached' });
      await research.fill('jumps from the bus');
      await sheet.suggestions().waitFor();
      await research.fill('');
      await sheet.suggestions().waitFor({ state: 'detached' });
      await research.fill('jumps from the bus to the beach');
      await sheet.suggestions().waitFor();

      await sheet.save();
      const box = week.grid().getByRole('link', { name: /^Log a conference with Ana Lima\..*goal: / });
      await box.waitFor();
      const label = await box.getAttribute('aria-label');
      expect(label).toContain('last teaching point: Time transitions');
      expect(label).toContain('goal: Develop repertoire of transitions.');
      await context.close();
    }, 90_000);
  }
});
