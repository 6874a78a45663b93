// The paper forms, rendered by Chromium to PDF and read back with pdftotext: each holds the names it
// should, blank ones hold none, the parent summary names no other child, and A4 landscape is A4 landscape.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';

const env = useAppAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'clipboard-pdf-'));
let pdfs = 0;

async function pdfText(page: Page, path: string): Promise<{ text: string; info: string }> {
  await page.goto(`${env.url()}${path}`);
  await page.locator('.paper').waitFor();
  await page.waitForLoadState('networkidle');
  const file = join(dir, `form-${++pdfs}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return {
    text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
    info: execFileSync('pdfinfo', [file]).toString(),
  };
}

describe('the paper forms', () => {
  it('print filled and blank, and the parent summary names only its child', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(
      page,
      env.url(),
      ['Ana Lima', 'Ben Okafor', 'Carla Diaz'],
      'Room 3 Writers',
    );
    await app.tab('This week').tap();
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();
    await week.box('Ana Lima').tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('Strength I named').fill('You helped Ben Okafor find his lead');
    await sheet.field('Teaching point').fill('Stretch the most important part');
    await sheet.field('Next step').fill('Add dialogue, as Carla did');
    await sheet.save();
    const ana = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('conferring-clipboard');
          open.onsuccess = () => {
            const all = open.result.transaction('students').objectStore('students').getAll();
            all.onsuccess = () =>
              resolve(
                (all.result as { id: string; name: string }[]).find((s) => s.name === 'Ana Lima')?.id ?? '',
              );
          };
        }),
    );

    const classRecord = await pdfText(page, '/print/class');
    for (const name of [
      'Room 3 Writers',
      'Ana Lima',
      'Ben Okafor',
      'Carla Diaz',
      'Stretch the most important part',
    ])
      expect(classRecord.text).toContain(name);
    expect(classRecord.info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);

    const blank = await pdfText(page, '/print/class?blank=1');
    expect(blank.text).toContain('Keeping Conference Records (Class)');
    for (const name of ['Ana', 'Ben', 'Carla']) expect(blank.text).not.toContain(name);

    const monday = await page.evaluate(() => {
      const d = new Date();
      d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const nine = await pdfText(page, `/print/nine-kid?week=${monday}`);
    for (const name of ['Ana Lima', 'Ben Okafor', 'Carla Diaz']) expect(nine.text).toContain(name);

    const notes = await pdfText(page, `/print/notes?student=${ana}`);
    expect(notes.text).toContain('Assessment Notes For Ana Lima');
    expect(notes.text).toContain('Conference Notes');

    // A4 landscape, chosen on the page.
    await page.goto(`${env.url()}/print/goals?student=${ana}`);
    await page.getByLabel('Paper').selectOption('A4');
    await page.getByLabel('Orientation').selectOption('landscape');
    await page.waitForFunction(() => {
      const links = document.querySelectorAll<HTMLLinkElement>('link[data-page-size]');
      return links.length === 1 && links[0]?.dataset.pageSize === 'A4-landscape' && links[0].sheet !== null;
    });
    const file = join(dir, 'a4.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(
      /Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/,
    );

    const parent = await pdfText(page, `/print/parent?student=${ana}`);
    expect(parent.text).toContain('Ana Lima');
    expect(parent.text).toContain('You helped a classmate find his lead');
    expect(parent.text).toContain('Add dialogue, as a classmate did');
    for (const other of ['Ben', 'Okafor', 'Carla', 'Diaz']) expect(parent.text).not.toContain(other);
    await context.close();
  }, 90_000);

  it('ends the year: the class is archived, the hand-off prints and imports into next year’s class', async () => {
    const context = await newIpad(env.browser(), { acceptDownloads: true });
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor'], 'Room 4 (2026)');
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('button', { name: 'Type a goal' }).tap();
    await page.getByRole('textbox', { name: 'Goal', exact: true }).fill('Focus on one moment');
    await page.getByRole('button', { name: 'Add goal' }).tap();
    await page.getByText('Focus on one moment').first().waitFor();

    // Next year's class first, so ending this one leaves a class to work in.
    await page.goto(`${env.url()}/classes`);
    await page.getByRole('button', { name: 'New class' }).tap();
    const form = page.getByRole('form', { name: 'New class' });
    await form.getByLabel('Class name').fill('Room 5 (2027)');
    await form.getByRole('radio', { name: 'Grades 3-8' }).tap();
    await form.getByRole('button', { name: 'Create class' }).tap();
    await page.getByRole('button', { name: 'Rename Room 5 (2027)' }).waitFor();
    await page.goto(`${env.url()}/classes`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End the year for Room 4 (2026)' }).tap();
    await page.getByRole('heading', { name: /^Hand-off: Room 4 \(2026\)/ }).waitFor();
    const file = join(dir, 'handoff.pdf');
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const line of ['Ana Lima', 'Ben Okafor', 'Focus on one moment']) expect(text).toContain(line);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save the hand-off file' }).tap(),
    ]);
    const handoff = readFileSync((await download.path()) as string);

    await page.goto(`${env.url()}/classes`);
    await page.getByRole('button', { name: 'Unarchive Room 4 (2026)' }).waitFor();
    await page.goto(`${env.url()}/students`);
    await page.locator('.screen-header').getByText('Room 5 (2027)').waitFor();
    await page
      .locator('input[type=file][accept=".json,application/json"]')
      .setInputFiles({ name: 'handoff.json', mimeType: 'application/json', buffer: handoff });
    const preview = page.getByRole('region', { name: 'Hand-off preview' });
    expect(await preview.locator('tbody tr').allTextContents()).toEqual([
      'Ana LimaWill be added1',
      'Ben OkaforWill be added0',
    ]);
    await preview.getByRole('button', { name: 'Import' }).tap();
    await page.getByText('Added 2 students and 1 starting goal.').waitFor();
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByText('Focus on one moment').first().waitFor();
    await context.close();
  }, 90_000);
});
