// The paper forms, rendered by Chromium to PDF and read back with pdftotext, as a teacher would read the
// paper: the 9-kid form carries the week's conferences in the right child's box; the notes form fills
// Conference Notes | Goals | Assessment Notes; dates and statuses are in her words (no yyyy-MM-dd, no
// stored codes); the parent summary names the class, the teacher and the day and no other child; blank
// forms are white on every page; nothing of the screen (a notice just shown) reaches the paper.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass, WeekPage } from './pages.ts';
import { pdfFlatText, pdfText, pdfWords, pixelAt, regionText } from './pdfRead.ts';

const env = useAppAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'clipboard-pdf-'));
let pdfs = 0;

const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
/** Stored codes as they would print: a goal's "(working)", a try-it's "with support", a type's "content". */
const CODES = /\(working\b|\bworking,|\bwith support\b|\bgot it\b|\bnot yet\b|\bcontent\b|\bstructure\b/;

/** The form on screen now, printed: the PDF file and its text. */
async function printed(page: Page): Promise<{ file: string; text: string; flat: string; info: string }> {
  await page.locator('.paper').waitFor();
  await page.waitForLoadState('networkidle');
  const file = join(dir, `form-${++pdfs}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return {
    file,
    text: pdfText(file),
    flat: pdfFlatText(file),
    info: execFileSync('pdfinfo', [file]).toString(),
  };
}

async function print(page: Page, path: string) {
  await page.goto(`${env.url()}${path}`);
  return printed(page);
}

/** The text of the 9-kid box whose name starts with `first`: from its "Name" to the next box. */
function nineKidBox(file: string, first: string): string {
  const { words, width, height } = pdfWords(file);
  const labels = words.filter((w) => w.page === 1 && w.text === 'Name');
  expect(labels).toHaveLength(9);
  const near = (a: number, b: number) => Math.abs(a - b) < 3;
  const name = words.find((w) => w.page === 1 && w.text === first && labels.some((l) => near(l.y, w.y)));
  const label = labels.filter((l) => name && near(l.y, name.y) && l.x < name.x).at(-1);
  if (!name || !label) throw new Error(`No box named ${first}`);
  const right = Math.min(...labels.filter((l) => l.x > label.x + 3).map((l) => l.x), width);
  const below = Math.min(...labels.filter((l) => l.y > label.y + 3).map((l) => l.y), height);
  return regionText(file, 1, {
    x: label.x - 1,
    y: label.y - 1,
    width: right - label.x - 4,
    height: below - label.y - 4,
  });
}

/** The text under one of the notes form's column headings (Conference | Goals | Assessment), to the
 * foot of the page. */
function column(file: string, heading: 'Conference' | 'Goals' | 'Assessment'): string {
  const { words, width, height } = pdfWords(file);
  // The table's heading row: the line of the first "Conference"; the title above also says "Assessment".
  const row = words.find((w) => w.page === 1 && w.text === 'Conference');
  const headings = words.filter(
    (w) =>
      row &&
      w.page === 1 &&
      Math.abs(w.y - row.y) < 3 &&
      ['Conference', 'Goals', 'Assessment'].includes(w.text),
  );
  expect(headings.map((w) => w.text)).toEqual(['Conference', 'Goals', 'Assessment']);
  const start = headings.find((w) => w.text === heading) as (typeof headings)[number];
  const end = headings[headings.indexOf(start) + 1];
  return regionText(file, 1, {
    x: start.x - 2,
    y: start.y + 10,
    width: (end?.x ?? width) - start.x - 4,
    height: height - start.y - 10,
  });
}

async function idOf(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('conferring-clipboard');
        open.onsuccess = () => {
          const all = open.result.transaction('students').objectStore('students').getAll();
          all.onsuccess = () =>
            resolve((all.result as { id: string; name: string }[]).find((s) => s.name === name)?.id ?? '');
        };
      }),
    name,
  );
}

describe('the paper forms', () => {
  it('print as the seeds’ forms, filled in: the week in each box, three columns, her words', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(
      page,
      env.url(),
      ['Ana Lima', 'Ben Okafor', 'Carla Diaz'],
      'Room 3 Writers',
    );
    // Her name, as she set it for the teachers she shares a class with.
    await page.goto(`${env.url()}/settings`);
    const account = page.getByRole('form', { name: 'Sync account' });
    await account.getByRole('textbox', { name: 'Email' }).fill('ms.rivera@school.org');
    await account.getByLabel('Password').fill('a long classroom password');
    await account.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('textbox', { name: /^Your name/ }).fill('Ms. Rivera');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByText('Teachers you share a class with see “Ms. Rivera”.').waitFor();

    // A goal and an assessment note for Ana, on her page.
    const ana = await idOf(page, 'Ana Lima');
    await page.goto(`${env.url()}/students/${ana}`);
    await page.getByRole('button', { name: 'Type a goal' }).tap();
    await page.getByRole('textbox', { name: 'Goal', exact: true }).fill('Focus on one moment');
    await page.getByRole('button', { name: 'Add goal' }).tap();
    await page.getByText('Focus on one moment').first().waitFor();
    const noticed = page.getByRole('form', { name: 'New assessment note' });
    await noticed
      .getByRole('textbox', { name: 'What I noticed' })
      .fill('Writes dialogue with quotation marks');
    await noticed.getByRole('button', { name: 'Add assessment note' }).tap();
    await page
      .getByRole('list', { name: 'Assessment notes' })
      .getByText(/Writes dialogue/)
      .waitFor();

    // This week: Ben's conference, then Ana's, from the 9-kid grid.
    await app.tab('This week').tap();
    const week = new WeekPage(page);
    await week.makeThisWeeksGrid();
    const sheet = new ConferenceSheetPage(page);
    await week.box('Ben Okafor').tap();
    await sheet.field('Teaching point').fill('Hook the reader');
    await sheet.save();
    await week.box('Ana Lima').tap();
    await sheet.field('What the child says they are doing').fill('Writing about the storm');
    await sheet.field('Strength I named').fill('You helped Ben Okafor find his lead');
    await sheet.field('Teaching point').fill('Stretch the most important part');
    await sheet.choose('With support');
    await sheet.field('Next step').fill('Add dialogue, as Carla did');
    await sheet.choose('Content');
    await sheet.toggle('Focus on one moment');
    await sheet.save();

    // Straight to the 9-kid form while "Saved: …" is still on the screen: it stays off the paper.
    await app.tab('Settings').tap();
    await page.getByRole('link', { name: '9-kid record, this week: filled in' }).tap();
    await page.locator('.paper').waitFor();
    const shown = await page.locator('.notice.is-shown').textContent();
    expect(shown).toMatch(/^Saved/);
    const nine = await printed(page);
    expect(nine.text).not.toContain(shown as string);
    for (const screen of ['Conferring Clipboard', 'This week', 'Online', 'Print', 'Paper'])
      expect(nine.text).not.toContain(screen);
    expect(nine.text).toContain('Keeping Conference Records (9 kids)');
    expect(nine.text).toContain('Room 3 Writers');
    const anaBox = nineKidBox(nine.file, 'Ana');
    expect(anaBox).toContain('Stretch the most important part');
    expect(anaBox).toContain('Next step: Add dialogue, as Carla did');
    expect(anaBox).toContain('Goal: Focus on one moment');
    expect(anaBox).not.toContain('Hook the reader');
    const benBox = nineKidBox(nine.file, 'Ben');
    expect(benBox).toContain('Hook the reader');
    expect(benBox).not.toContain('Stretch');
    expect(nineKidBox(nine.file, 'Carla')).toBe('Name Carla Diaz');

    const classRecord = await print(page, '/print/class');
    for (const line of [
      'Keeping Conference Records (Class)',
      'Room 3 Writers',
      'Carla Diaz',
      'Hook the reader',
    ])
      expect(classRecord.text).toContain(line);
    expect(classRecord.info).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);

    const notes = await print(page, `/print/notes?student=${ana}`);
    expect(notes.text).toMatch(/Assessment Notes For\s+Ana Lima\s+Dates\s+\S/);
    expect(notes.text).toMatch(/Conference Notes\s+Goals\s+Assessment Notes/);
    const conferenceNotes = column(notes.file, 'Conference');
    for (const part of [
      'Content conference',
      'The child said: Writing about the storm',
      'Strength named: You helped Ben Okafor',
      'Stretch the most important part',
    ])
      expect(conferenceNotes).toContain(part);
    expect(conferenceNotes).toContain('Try it: With support');
    expect(conferenceNotes).toContain('Next step: Add dialogue, as Carla did');
    const goals = column(notes.file, 'Goals');
    expect(goals).toContain('Focus on one moment');
    expect(goals).toContain('Working on it');
    expect(goals).not.toContain('Stretch');
    const assessment = column(notes.file, 'Assessment');
    expect(assessment).toContain('Writes dialogue with quotation marks');
    expect(assessment).not.toContain('Focus on one moment');

    const goalSheet = await print(page, `/print/goals?student=${ana}`);
    expect(goalSheet.text).toContain('Keeping Conference Records (With Goals)');
    // The goal, its status, and the conference linked to it (the only way its teaching point gets here).
    for (const part of ['Focus on one moment', 'Working on it', 'Stretch the most important'])
      expect(goalSheet.flat).toContain(part);

    const parent = await print(page, `/print/parent?student=${ana}`);
    expect(parent.text).toContain('Ana Lima');
    expect(parent.text).toMatch(/Class\s+Room 3 Writers, \d{4}-\d{4}/);
    expect(parent.text).toMatch(/Teacher\s+Ms\. Rivera/);
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' }).format(
        new Date(),
      ),
    );
    expect(parent.text).toMatch(new RegExp(`Date\\s+${today}`));
    expect(parent.text).toContain('Focus on one moment (Working on it, since');
    expect(parent.text).toContain('You helped a classmate find his lead');
    expect(parent.text).toContain('Add dialogue, as a classmate did');
    for (const other of ['Ben', 'Okafor', 'Carla', 'Diaz']) expect(parent.text).not.toContain(other);

    // On paper, dates as she reads them and statuses in her words: never a stored date or code.
    for (const form of [nine, classRecord, notes, goalSheet, parent]) {
      expect(form.text.replace(/\d{4}-\d{4}/g, '')).not.toMatch(ISO_DAY);
      expect(form.text).not.toMatch(CODES);
    }

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
    await context.close();
  }, 120_000);

  it('blank forms: a line to write on for each name, and white paper on every page, in dark mode too', async () => {
    const context = await newIpad(env.browser(), { colorScheme: 'dark' });
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor', 'Carla Diaz'], 'Room 3 Writers');

    const blank = await print(page, '/print/class?blank=1');
    expect(blank.text).toContain('Keeping Conference Records (Class)');
    for (const name of ['Ana', 'Ben', 'Carla', 'Room 3']) expect(blank.text).not.toContain(name);
    expect(blank.info).toMatch(/Pages:\s+2/);
    // Page 2: below its last rows, and in its margin, the paper is white, not the app's background.
    for (const at of [
      { x: 0.5, y: 0.9 },
      { x: 0.01, y: 0.01 },
    ])
      expect(pixelAt(blank.file, 2, at)).toEqual([255, 255, 255]);

    const nine = await print(page, '/print/nine-kid?blank=1');
    expect(pdfWords(nine.file).words.filter((w) => w.text === 'Name')).toHaveLength(9);
    expect(nine.text).not.toMatch(/Ana|Ben|Carla/);

    const notes = await print(page, '/print/notes?blank=1');
    expect(notes.text).toMatch(/Assessment Notes For\s+Dates/);
    expect(notes.text).toMatch(/Conference Notes\s+Goals\s+Assessment Notes/);
    expect(notes.info).toMatch(/Pages:\s+1\n/);
    expect(pixelAt(notes.file, 1, { x: 0.5, y: 0.97 })).toEqual([255, 255, 255]);

    // Seed 003's cheat sheet, for the clipboard: the screen's lists on at most two sheets.
    const cheat = await print(page, '/print/cheat-sheet');
    for (const part of [
      'Conferring cheat sheet',
      'Opening questions',
      'Compliment',
      'Student sentence starters',
    ])
      expect(cheat.flat).toContain(part);
    expect(cheat.flat).toMatch(/I.m done!/);
    expect(cheat.info).toMatch(/Pages:\s+[12]\n/);
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
    const text = pdfText(file);
    for (const line of ['Ana Lima', 'Ben Okafor', 'Focus on one moment (Working on it)'])
      expect(text).toContain(line);
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
