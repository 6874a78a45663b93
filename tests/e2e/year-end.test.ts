// End the year: the class is archived, not lost. The hand-off says where it went and how to open it; the
// class menu stays; the Class tab says the class is archived (never "create your first class") and
// offers next year's class and opening it again, with all its students.
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { setUpClass } from './pages.ts';

const env = useAppAndBrowser();

describe('the end of the year', () => {
  it('says the class was archived and where it went, keeps the class menu, and opens it again', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor'], 'Room 4 (2026)');
    await page.goto(`${env.url()}/classes`);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'End the year for Room 4 (2026)' }).tap();
    await page.getByRole('heading', { name: /^Hand-off: Room 4 \(2026\)/ }).waitFor();
    expect(asked).toMatch(/moves to the archive.*nothing is deleted; Unarchive here opens it again/);
    await page
      .getByRole('status')
      .filter({ hasText: 'The year ended for Room 4 (2026).' })
      .getByText(
        /is archived: its students, notes, goals, recordings and photos are all kept\. Open it again from Classes \(Unarchive\)/,
      )
      .waitFor();

    // The class menu stays: no class open, and Manage classes… (where the archived class is) in it.
    const menu = page.getByRole('combobox', { name: 'Class' });
    await menu.waitFor();
    expect(await menu.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe(
      'No class open',
    );
    expect(await menu.getByRole('option').allTextContents()).toEqual(['No class open', 'Manage classes…']);

    // The Class tab: archived, not "create your first class".
    await app.tab('Class').tap();
    await page.getByRole('heading', { name: 'Room 4 (2026) is archived' }).waitFor();
    await page
      .getByText(
        /It is in the archive with all its students, notes, goals, recordings and photos: nothing was deleted\./,
      )
      .waitFor();
    expect(await page.getByRole('heading', { name: 'Create your first class' }).count()).toBe(0);
    // The other screens say the same.
    await app.tab('This week').tap();
    await page.getByRole('heading', { name: 'No class open' }).waitFor();
    await page.getByText(/^Room 4 \(2026\) \(.+\) is archived:/).waitFor();
    await app.tab('Class').tap();

    // Next year's class is one tap away…
    await page.getByRole('button', { name: 'Create next year’s class' }).tap();
    await page.getByRole('form', { name: 'New class' }).waitFor();
    // …and so is the class itself, with its students.
    await page.getByRole('button', { name: 'Open Room 4 (2026) again' }).tap();
    await page.getByRole('heading', { name: 'Room 4 (2026)', level: 1 }).waitFor();
    await page.getByRole('main').getByText('Ana Lima').first().waitFor();
    expect(await menu.inputValue()).not.toBe('');
    expect(await menu.getByRole('option', { name: 'Room 4 (2026)', exact: true }).count()).toBe(1);
    await context.close();
  }, 60_000);
});
