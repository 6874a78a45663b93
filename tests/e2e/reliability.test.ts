// Never lose a note (3, 7), in a real browser: Save tapped and the app killed (reloaded) 0-50 ms later,
// twenty times, leaves every note saved or back as a draft, never lost and never both; and a full disk
// while saving keeps the note on the sheet and as a draft, with words for the teacher.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();

interface Stored {
  students: { id: string; name: string }[];
  conferences: { studentIds: string[]; note: string; deleted: number }[];
  drafts: { key: string; value: { note?: string } }[];
}

/** What IndexedDB holds, read as a fresh connection would (no app code). */
function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('conferring-clipboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['students', 'conferences', 'drafts']);
          const all = (name: string) => tx.objectStore(name).getAll();
          const [s, c, d] = [all('students'), all('conferences'), all('drafts')];
          tx.oncomplete = () => {
            db.close();
            resolve({ students: s.result, conferences: c.result, drafts: d.result });
          };
        };
      }),
  );
}

const NAMES = Array.from({ length: 20 }, (_, i) => `Writer ${String(i + 1).padStart(2, '0')}`);

describe('never lose a note in the browser', () => {
  it('Save, then the app killed 0-50 ms later, twenty times: each note saved or a draft, never both', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), NAMES);
    const students = (await stored(page)).students.sort((a, b) => a.name.localeCompare(b.name));
    expect(students).toHaveLength(20);
    const delays: number[] = [];
    for (const [i, student] of students.entries()) {
      const step = (what: string) => process.env.DEBUG_E2E && console.log(i, what);
      step('open');
      // Opened from within the app (a link, as the grid's boxes are), so Save's way back stays in the app.
      await page.evaluate((href) => {
        const link = Object.assign(document.createElement('a'), { href });
        document.body.append(link);
        link.click();
        link.remove();
      }, `/conference/new?students=${student.id}`);
      step('fill');
      const sheet = new ConferenceSheetPage(page);
      await sheet
        .field('Note')
        .fill(`Note ${i + 1} for ${student.name}: rereads to find the heart of the story`);
      step('tap');
      await sheet.form().getByRole('button', { name: 'Save conference' }).tap();
      const delay = Math.floor(Math.random() * 51);
      delays.push(delay);
      if (process.env.DEBUG_E2E) console.log('iteration', i, delay);
      await page.waitForTimeout(delay);
      // The app is killed: the page goes away at once, no unload handlers; then it is launched again.
      step('reload');
      // The old page runs until the new one arrives: a save that lands meanwhile goes back in history,
      // which cancels the reload. The save has then committed; reload again.
      await page.reload().catch(() => page.reload());
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
    }
    const after = await stored(page);
    let saved = 0;
    let drafts = 0;
    const lost: string[] = [];
    for (const [i, student] of students.entries()) {
      const text = `Note ${i + 1} for ${student.name}: rereads to find the heart of the story`;
      const asConference = after.conferences.filter((c) => c.deleted === 0 && c.note === text);
      const asDraft = after.drafts.filter((d) => d.value.note === text);
      expect(asConference.length, `${text} saved twice`).toBeLessThanOrEqual(1);
      expect(asConference.length + asDraft.length, `${text}: saved and a draft`).toBeLessThanOrEqual(1);
      if (asConference.length === 1) saved += 1;
      else if (asDraft.length === 1) drafts += 1;
      else lost.push(text);
    }
    console.log(
      `Save then reload after ${delays.join(', ')} ms: ${saved} saved, ${drafts} back as drafts, ${lost.length} notes lost`,
    );
    expect(lost).toEqual([]);
    await context.close();
  }, 180_000);

  it('a full disk while saving: the note stays on the sheet and as a draft, with words for the teacher', async () => {
    const context = await newIpad(env.browser());
    await context.addInitScript(() => {
      for (const method of ['put', 'add'] as const) {
        const real = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof real>) {
          if ((globalThis as { diskFull?: boolean }).diskFull)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return real.apply(this, args);
        };
      }
    });
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    const ana = (await stored(page)).students.find((s) => s.name === 'Ana Lima');
    await page.goto(`${env.url()}/conference/new?students=${ana?.id}`);
    const sheet = new ConferenceSheetPage(page);
    const text = 'Ana found the heart of her story about the storm';
    await sheet.field('Note').fill(text);
    await page.waitForFunction(
      `new Promise((resolve) => {
        const open = indexedDB.open('conferring-clipboard');
        open.onsuccess = () => {
          const count = open.result.transaction('drafts').objectStore('drafts').count();
          count.onsuccess = () => { open.result.close(); resolve(count.result > 0); };
        };
      })`,
    );
    // The device is full: from now on IndexedDB refuses writes as a full disk makes it (Chromium ignores a
    // CDP quota override for this profile, so the platform's error is raised at its own door).
    await page.evaluate(() => {
      (globalThis as { diskFull?: boolean }).diskFull = true;
    });
    await sheet.form().getByRole('button', { name: 'Save conference' }).tap();
    await page
      .getByText(/no room left for the clipboard/)
      .first()
      .waitFor();
    expect(await sheet.field('Note').inputValue()).toBe(text);
    expect((await stored(page)).conferences).toEqual([]);

    // Room again (she freed space): the note is still a draft after a relaunch, and saves.
    await page.reload();
    await page.getByText('Your unsaved note is back, as you left it.').waitFor();
    expect(await sheet.field('Note').inputValue()).toBe(text);
    await sheet.save();
    const after = await stored(page);
    expect(after.conferences.map((c) => c.note)).toEqual([text]);
    console.log(`full disk while saving: ${after.conferences.length === 1 ? 0 : 1} notes lost`);
    await context.close();
  });
});
