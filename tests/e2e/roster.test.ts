// A teacher sets up her class in minutes: types, pastes, imports a CSV, archives; all of it offline-safe.
import { describe, expect, it } from 'vitest';
import { IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell, FirstClassForm, RosterPage } from './pages.ts';

const env = useAppAndBrowser();

const PASTED = Array.from({ length: 25 }, (_, i) => `Student ${String(i + 1).padStart(2, '0')}`);

describe('roster and class record grid', () => {
  it('sets up a class by paste and CSV, archives a student, and keeps it all offline', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const app = new AppShell(page);
    await app.open(env.url());
    await app.waitForServiceWorker();
    await new FirstClassForm(page).create('Room 12 Writers');
    await page.getByRole('heading', { name: 'Room 12 Writers', level: 1 }).waitFor();

    const roster = new RosterPage(page);
    await roster.open();
    await roster.pasteNames(PASTED);
    expect(await roster.preview().getByRole('status').textContent()).toMatch(
      /^25 new, 0 duplicate, 0 invalid/,
    );
    await roster.confirm(25);
    expect(await roster.studentNames()).toEqual(PASTED);

    // A CSV from the school system: BOM, CRLF, quotes, a name already in the class, a name twice, a bad row.
    const csv = [
      '\uFEFFFirst Name,Last Name',
      'José,Núñez',
      '"Mary-Kate","O\'Brien"',
      'Student,01',
      'José,Núñez',
      `${'x'.repeat(300)},Long`,
      '',
    ].join('\r\n');
    await roster.chooseCsv('room12.csv', csv);
    await roster.preview().waitFor();
    expect(await roster.previewRows()).toEqual([
      ['2', 'José Núñez', 'Will be added'],
      ['3', "Mary-Kate O'Brien", 'Will be added'],
      ['4', 'Student 01', 'Already in class — Already in this class.'],
      ['5', 'José Núñez', 'Repeated — Same as line 2.'],
      ['6', `${'x'.repeat(60)}…`, 'Cannot use — The name is 305 characters long; at most 80 fit.'],
    ]);
    await roster.confirm(2);
    expect(await roster.studentNames()).toHaveLength(27);

    // A file that is not a class list changes nothing.
    await roster.chooseCsv('grades.xlsx', 'PK\u0003\u0004');
    await page.getByText('"grades.xlsx" is not a CSV file.', { exact: false }).waitFor();
    expect(await roster.studentNames()).toHaveLength(27);
    await roster.chooseCsv('district.csv', 'x'.repeat(10_000_000));
    await page.getByText('"district.csv" is 10.0 MB', { exact: false }).waitFor();
    const rows = ['Name', ...Array.from({ length: 5000 }, (_, i) => `Kid ${i}`)].join('\n');
    await roster.chooseCsv('everyone.csv', rows);
    await page.getByText('everyone.csv: The file has 5,000 rows', { exact: false }).waitFor();
    expect(await roster.studentNames()).toHaveLength(27);

    // Typing: Enter adds and keeps the field focused for the next name.
    await roster.typeName('Ana Lima');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('placeholder'))).toBe(
      'Type a name, press Enter',
    );
    await page.keyboard.type('   ');
    await page.keyboard.press('Enter');
    await page.getByText('The student name is empty.').waitFor();

    await page.getByRole('button', { name: 'Archive Student 03' }).tap();
    await page.getByRole('button', { name: 'Show archived (1)' }).waitFor();
    expect(await roster.studentNames()).not.toContain('Student 03');

    // The class record grid: every active student, none seen yet, most overdue first.
    await app.tab('Class').tap();
    const tiles = page.getByRole('list', { name: 'Class record' }).getByRole('link');
    await tiles.first().waitFor();
    expect(await tiles.count()).toBe(27);
    expect(await page.getByTestId('not-seen-this-week').textContent()).toBe('27 of 27');
    expect(await page.getByTestId('conferences-this-week').textContent()).toBe('0');
    await page.getByRole('button', { name: 'Name', exact: true }).tap();
    expect(await tiles.first().getAttribute('aria-label')).toBe('Ana Lima: Not yet conferred');
    // No conference yet: the coverage chart says so rather than drawing a row of zeros.
    await page.getByText('No conferences yet: the bars fill in as you confer.').waitFor();

    await context.setOffline(true);
    await page.reload();
    await tiles.first().waitFor();
    expect(await tiles.count()).toBe(27);
    await tiles.filter({ hasText: 'José Núñez' }).tap();
    await page.getByRole('heading', { name: 'José Núñez', level: 1 }).waitFor();
    await page.getByText('No conferences yet.').waitFor();

    await roster.open();
    await page.getByRole('button', { name: 'Show archived (1)' }).tap();
    expect(await page.getByRole('list', { name: 'Archived' }).textContent()).toContain('Student 03');
    await page.getByRole('button', { name: 'Unarchive Student 03' }).tap();
    await page.getByRole('list', { name: 'Students' }).getByText('Student 03').waitFor();
    expect(await roster.studentNames()).toHaveLength(28);
    await context.close();
  });

  it('manages several sections: create, switch, rename, archive; the choice survives a relaunch', async () => {
    const context = await newIpad(env.browser(), { viewport: IPAD_PORTRAIT });
    const page = await context.newPage();
    const app = new AppShell(page);
    await app.open(env.url());
    await new FirstClassForm(page).create('Period 1');
    await page.getByRole('heading', { name: 'Period 1', level: 1 }).waitFor();

    await page.getByRole('combobox', { name: 'Class' }).selectOption({ label: 'Manage classes…' });
    await page.getByRole('heading', { name: 'Classes', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New class' }).tap();
    await new FirstClassForm(page).create('Period 2');
    await page.getByRole('button', { name: 'Rename Period 2' }).tap();
    await page.getByRole('textbox', { name: 'Class name' }).fill('Period 2 (ELA)');
    await page.getByRole('button', { name: 'Save' }).tap();
    await page.getByRole('button', { name: 'Archive Period 1' }).tap();
    await page.getByRole('button', { name: 'Unarchive Period 1' }).waitFor();

    await page.reload();
    await app.tab('Class').tap();
    await page.getByRole('heading', { name: 'Period 2 (ELA)', level: 1 }).waitFor();
    const options = await page.getByRole('combobox', { name: 'Class' }).locator('option').allTextContents();
    expect(options).toEqual(['Period 2 (ELA)', 'Manage classes…']);
    await context.close();
  });
});
