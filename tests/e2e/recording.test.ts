// Record and reflect, in Chromium with its fake microphone: record a few seconds on the sheet, save,
// listen back on the timeline, offline after a reload too; a second device signed in to the account
// pulls the conference and plays the same bytes; the app killed mid-recording keeps what was recorded,
// and Continue adds a second part that plays after it; the recording bar stays on screen wherever the
// sheet is scrolled; Record again and Discard ask first; the kept recording plays before Save; a photo
// is made small with its orientation applied and no EXIF left.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPAD_LANDSCAPE, IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { cameraJpeg, storedPhoto } from './media.ts';
import { AppShell, ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();
const PASSWORD = 'a long classroom password';

async function signIn(page: Page, email: string, create: boolean) {
  await page.goto(`${env.url()}/settings`);
  const form = page.getByRole('form', { name: 'Sync account' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: create ? 'Create account' : 'Sign in' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

async function studentId(page: Page, name: string): Promise<string> {
  return page.evaluate(
    (wanted) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('conferring-clipboard');
        open.onsuccess = () => {
          const all = open.result.transaction('students').objectStore('students').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { id: string; name: string }[]).find((s) => s.name === wanted)?.id ?? '');
          };
        };
      }),
    name,
  );
}

/**
 * The first recording on the page: it can play, how long its sound is (decoded in full: a recorded WebM
 * carries no length of its own), and its sha256.
 */
async function listen(page: Page): Promise<{ seconds: number; sha256: string }> {
  const audio = page.locator('audio').first();
  await audio.waitFor();
  return audio.evaluate(async (element) => {
    const a = element as HTMLAudioElement;
    if (a.readyState < 2) await new Promise((r) => a.addEventListener('canplay', r, { once: true }));
    const bytes = await (await fetch(a.src)).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const decoded = await new AudioContext().decodeAudioData(bytes.slice(0));
    return {
      seconds: decoded.duration,
      sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join(''),
    };
  });
}

/**
 * Plays a player through, every part in turn (they follow each other by themselves), at 2x: how far each
 * part played when it ended, in order. An <audio> element that cannot play its file fails here.
 */
async function playThrough(player: Locator): Promise<number[]> {
  await player.getByRole('button', { name: '2x' }).tap();
  const parts = Math.max(1, await player.locator('.player-parts button').count());
  return player.locator('audio').evaluate(
    (element, parts) =>
      new Promise<number[]>((resolve, reject) => {
        const audio = element as HTMLAudioElement;
        const played: number[] = [];
        // Caught on the way down to the element, before the player's own listener moves on to the next
        // part (which resets the time).
        const onEnded = (event: Event) => {
          if (event.target !== audio) return;
          played.push(audio.currentTime);
          if (played.length < parts) return;
          document.removeEventListener('ended', onEnded, true);
          resolve(played);
        };
        document.addEventListener('ended', onEnded, true);
        audio.addEventListener('error', () => reject(new Error(`cannot play: ${audio.error?.message}`)));
        audio.play().catch(reject);
      }),
    parts,
  );
}

/** The length, in seconds, the recording bar's timer says. */
async function recordedSeconds(page: Page): Promise<number> {
  const label = (await page.getByRole('timer', { name: /^Recording, / }).getAttribute('aria-label')) ?? '';
  const [, min, sec] = /(\d+):(\d\d)$/.exec(label) ?? [];
  return Number(min) * 60 + Number(sec);
}

/** Whether an element is on screen and is what a tap at its centre lands on (nothing covers it). */
function onScreenAndOnTop(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const inside =
      box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return inside && !!hit && element.contains(hit);
  });
}

describe('record and reflect', () => {
  it('records on the sheet, plays back, offline too, and on a second device the same bytes', async () => {
    const ipadContext = await newIpad(env.browser());
    const ipad = await ipadContext.newPage();
    await setUpClass(ipad, env.url(), ['Ana Lima', 'Ben Okafor']);
    await signIn(ipad, 'ms.recorder@school.org', true);
    const ana = await studentId(ipad, 'Ana Lima');

    await ipad.goto(`${env.url()}/students/${ana}`);
    await ipad.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(ipad);
    await sheet.form().getByRole('button', { name: 'Record', exact: true }).tap();
    await ipad.getByRole('timer', { name: /^Recording, 0:0[3-9]$/ }).waitFor({ timeout: 15_000 });
    await sheet.form().getByRole('button', { name: 'Stop' }).tap();
    await ipad.getByText(/^Recording kept \(0:0[3-9]\)/).waitFor();
    await sheet.field('Teaching point').fill('Reread your lead aloud');
    await sheet.save();

    await ipad.goto(`${env.url()}/students/${ana}`);
    const first = await listen(ipad);
    expect(first.seconds).toBeGreaterThan(2);

    // Offline, after a reload: the recording plays from the iPad's own copy.
    await ipad.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
    await ipadContext.setOffline(true);
    await ipad.reload();
    const offline = await listen(ipad);
    expect(offline.sha256).toBe(first.sha256);
    expect(offline.seconds).toBeGreaterThan(2);
    await ipadContext.setOffline(false);

    // The laptop signs in to the same account and plays the very same bytes.
    const laptopContext = await env.browser().newContext({ viewport: { width: 1440, height: 900 } });
    const laptop = await laptopContext.newPage();
    await new AppShell(laptop).open(env.url(), '/settings');
    await signIn(laptop, 'ms.recorder@school.org', false);
    await laptop.goto(`${env.url()}/students/${ana}`);
    const there = await listen(laptop);
    expect(there.sha256).toBe(first.sha256);
    expect(there.seconds).toBeGreaterThan(2);

    // Reflect: the recorded conference is on the Reflect list until she answers a question.
    await laptop.goto(`${env.url()}/week`);
    await laptop
      .getByRole('list', { name: 'Recorded conferences to reflect on' })
      .getByRole('link')
      .first()
      .click();
    await laptop.getByRole('heading', { name: 'Reflect: Ana Lima' }).waitFor();
    await laptop
      .getByRole('group', { name: 'Did you rush through the research part of the conference?' })
      .getByLabel('No')
      .check();
    // The note is kept as she types: no button.
    await laptop.getByRole('textbox', { name: 'What I noticed' }).fill('Research took half the time.');
    await laptop.getByRole('status').getByText('Note saved.').waitFor();
    await laptop.goto(`${env.url()}/week`);
    await laptop.getByRole('heading', { name: 'This week', exact: true }).waitFor();
    expect(await laptop.getByRole('list', { name: 'Recorded conferences to reflect on' }).count()).toBe(0);
    await laptopContext.close();
    await ipadContext.close();
  }, 120_000);

  it('the app killed mid-recording keeps what was recorded; Continue adds a part that plays after it', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    const ben = await studentId(page, 'Ben Okafor');
    await page.goto(`${env.url()}/conference/new?students=${ben}`);
    const sheet = new ConferenceSheetPage(page);
    await sheet.form().getByRole('button', { name: 'Record', exact: true }).tap();
    await page.getByRole('timer', { name: /^Recording, 0:0[7-9]$/ }).waitFor({ timeout: 20_000 });
    await page.close();

    const again = await context.newPage();
    await again.goto(`${env.url()}/conference/new?students=${ben}`);
    await again.getByText('Recording kept: your unsaved note is back, as you left it.').waitFor();
    const kept = again.getByText(/^Recording kept \(0:0[5-9]\)/);
    await kept.waitFor();
    const keptSeconds = Number(/0:0(\d)/.exec((await kept.textContent()) ?? '')?.[1]);

    // Continue: the bar counts on from what was kept, and a second part is kept after the first.
    const resumed = new ConferenceSheetPage(again);
    await resumed.form().getByRole('button', { name: 'Continue recording' }).tap();
    await again.getByRole('timer', { name: /^Recording, / }).waitFor();
    expect(await recordedSeconds(again)).toBeGreaterThanOrEqual(keptSeconds);
    await again.waitForFunction(
      (atLeast) => {
        const label = document
          .querySelector('[role=timer][aria-label^="Recording, "]')
          ?.getAttribute('aria-label');
        const [, m, s] = /(\d+):(\d\d)$/.exec(label ?? '') ?? [];
        return Number(m) * 60 + Number(s) >= atLeast;
      },
      keptSeconds + 4,
      { timeout: 20_000 },
    );
    await resumed.form().getByRole('button', { name: 'Stop recording' }).tap();
    await again.getByText(/^Recording kept \(0:\d\d, in 2 parts\)/).waitFor();

    // Before Save, on the sheet: the first part plays, then the second after it, each a file that plays.
    const onSheet = await playThrough(
      resumed.form().getByRole('group', { name: /^The recording kept for this note/ }),
    );
    expect(onSheet).toHaveLength(2);
    expect(onSheet[0]).toBeGreaterThan(4.5);
    expect(onSheet[1]).toBeGreaterThan(2.5);

    await resumed.save();
    await again.goto(`${env.url()}/students/${ben}`);
    const saved = again.getByRole('group', { name: /^Recording of the conference, .+ in 2 parts\)$/ });
    const played = await playThrough(saved);
    // The whole conference: both parts, longer than what the reload had kept.
    expect(played).toHaveLength(2);
    expect((played[0] ?? 0) + (played[1] ?? 0)).toBeGreaterThan(keptSeconds + 2.5);
    // Killed at 7 s or later: at most about two seconds are lost (MP4 arrives in fragments, a piece a second).
    expect(played[0]).toBeGreaterThan(4.5);
    await context.close();
  }, 120_000);

  it('the recording bar stays on screen at the bottom of the sheet, in both orientations, and stops there', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    const ana = await studentId(page, 'Ana Lima');
    await page.goto(`${env.url()}/conference/new?students=${ana}`);
    const sheet = new ConferenceSheetPage(page);
    await sheet.form().getByRole('button', { name: 'Record', exact: true }).tap();
    const bar = sheet.form().getByRole('group', { name: 'Recording', exact: true });
    const stop = bar.getByRole('button', { name: 'Stop recording' });
    // The level, as VoiceOver reads it, moves with the fake microphone's tone; the bar is big enough to see.
    const level = bar.getByRole('meter', { name: 'Sound level' });
    await page.waitForFunction(
      () => Number(document.querySelector('[role=meter]')?.getAttribute('aria-valuenow')) > 10,
      null,
      { timeout: 10_000 },
    );
    expect(await level.getAttribute('aria-valuetext')).toBeTruthy();
    const levelBox = await level.boundingBox();
    expect(levelBox?.height).toBeGreaterThanOrEqual(20);
    expect(levelBox?.width).toBeGreaterThanOrEqual(150);

    for (const viewport of [IPAD_LANDSCAPE, IPAD_PORTRAIT]) {
      await page.setViewportSize(viewport);
      await sheet.form().getByRole('button', { name: 'Add a photo' }).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2,
      );
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
      await page.getByRole('timer', { name: /^Recording, \d+:\d\d$/ }).waitFor();
      expect(await onScreenAndOnTop(page.getByRole('timer', { name: /^Recording, / }))).toBe(true);
      expect(await onScreenAndOnTop(stop)).toBe(true);
      // Under the sheet's header, not over it: Save stays where she taps it.
      expect(await onScreenAndOnTop(sheet.form().getByRole('button', { name: 'Save conference' }))).toBe(
        true,
      );
    }
    await stop.tap();
    await page.getByText(/^Recording kept \(0:\d\d\)/).waitFor();
    await context.close();
  }, 60_000);

  it('Record again and Discard ask first; the kept recording plays on the sheet before Save', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    const ana = await studentId(page, 'Ana Lima');
    await page.goto(`${env.url()}/conference/new?students=${ana}`);
    const sheet = new ConferenceSheetPage(page);
    const form = sheet.form();
    await form.getByRole('button', { name: 'Record', exact: true }).tap();
    await page.getByRole('timer', { name: /^Recording, 0:0[4-9]$/ }).waitFor({ timeout: 15_000 });
    await form.getByRole('button', { name: 'Stop recording' }).tap();
    const kept = form.getByText(/^Recording kept \(0:0[4-9]\): it is saved with the note\.$/);
    await kept.waitFor();
    const [first] = await playThrough(form.getByRole('group', { name: /^The recording kept for this note/ }));
    expect(first).toBeGreaterThan(3);

    // Record again asks; Cancel keeps it, and focus goes back to the button.
    await form.getByRole('button', { name: 'Record again' }).tap();
    const question = form.getByRole('group', { name: /^Replace the recording kept \(0:0[4-9]\)\?/ });
    await question.waitFor();
    expect(await question.getByRole('button').allTextContents()).toEqual([
      'Replace it',
      'Continue it instead',
      'Cancel',
    ]);
    await question.getByRole('button', { name: 'Cancel' }).tap();
    await kept.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Record again');

    // Replace it: a new recording from 0:00, the old one gone.
    await form.getByRole('button', { name: 'Record again' }).tap();
    await question.getByRole('button', { name: 'Replace it' }).tap();
    await page.getByRole('timer', { name: /^Recording, 0:0[0-2]$/ }).waitFor();
    await page.getByRole('timer', { name: /^Recording, 0:0[2-9]$/ }).waitFor({ timeout: 15_000 });
    await form.getByRole('button', { name: 'Stop recording' }).tap();
    await form.getByText(/^Recording kept \(0:0[2-9]\): it is saved/).waitFor();
    expect(await form.getByRole('button', { name: /^Part \d/ }).count()).toBe(0);

    // Discard asks too; yes removes it, and Record is back.
    await form.getByRole('button', { name: 'Discard recording' }).tap();
    const discard = form.getByRole('group', { name: /^Delete the recording kept/ });
    await discard.getByRole('button', { name: 'Delete recording' }).tap();
    await form.getByRole('button', { name: 'Record', exact: true }).waitFor();
    expect(await form.getByText(/^Recording kept/).count()).toBe(0);
    await context.close();
  }, 90_000);

  it('a photo of the writing is made small, turned upright, and keeps no EXIF', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    const ana = await studentId(page, 'Ana Lima');
    const jpeg = await page.evaluate(cameraJpeg);
    await page.goto(`${env.url()}/conference/new?students=${ana}`);
    const sheet = new ConferenceSheetPage(page);
    await sheet
      .form()
      .locator('input[type=file]')
      .setInputFiles({ name: 'page.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
    await sheet.form().getByRole('button', { name: 'New photo 1, open full size' }).waitFor();
    await sheet.save();
    const stored = await page.evaluate(storedPhoto);
    expect(stored).toMatchObject({ width: 1200, height: 1600, exif: false });
    await page.goto(`${env.url()}/students/${ana}`);
    await page.getByRole('button', { name: /^Photo 1 of the writing, .+, open full size$/ }).tap();
    await page.getByRole('dialog').getByRole('img').waitFor();
    await context.close();
  }, 60_000);
});
