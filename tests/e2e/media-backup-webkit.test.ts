// Recording, photos, and backup and restore in real WebKit, iPad Safari's engine, as the Chromium tests
// do them (recording.test.ts, backup.test.ts): record on the sheet, add a camera photo (made small,
// upright, no EXIF), save, play it back from the student's timeline; a reload mid-recording keeps what
// was recorded; back up (WebKitGTK downloads the .zip where the test reads it), erase the device, refuse
// a backup whose photo is damaged with words and nothing changed, then restore the real one whole and
// play the recording again. The tests build on each other: one WebKit for the file.
//
// The microphone: WebKitGTK has no microphone here, but WebKit has its own mock capture devices
// (MiniBrowser's --enable-mock-capture-devices, "Mock audio device 1", a generated tone), the
// counterpart of Chromium's --use-fake-device-for-media-stream; WebKit records it as audio/mp4 (AAC), as
// iPad Safari does. (Without them, the sheet says no microphone was found: safari-tab-webkit.test.ts.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { By, Key, until, type WebDriver } from 'selenium-webdriver';
import { describe, expect, it } from 'vitest';
import { cameraJpeg, countRows, playFirstRecording, storedPhoto } from './media.ts';
import { inPage, useWebKitAndServer, waitFor } from './webkit.ts';

const env = useWebKitAndServer({
  browserArgs: [
    '--enable-mock-capture-devices=true',
    // A WebDriver script has no tap to start the sound with; on the iPad she taps play.
    '--autoplay-policy=allow',
  ],
});
const byText = (tag: string, text: string) => By.xpath(`//${tag}[normalize-space()='${text}']`);
const startsWith = (text: string) => By.xpath(`//*[starts-with(normalize-space(), '${text}')]`);
/** "Recording kept (0:0N…" with N at least `seconds`: what the sheet says it kept, by the clock. */
const keptAtLeast = (seconds: number) =>
  By.xpath(
    `//*[${Array.from({ length: 10 - seconds }, (_, i) => `starts-with(normalize-space(), 'Recording kept (0:0${seconds + i}')`).join(' or ')}]`,
  );
const STORES = ['classes', 'students', 'conferences', 'attachments', 'blobs'];

/** Whether the first test saved its conference, for the others to build on (one WebKit per file). */
let saved = false;

async function openAnasPage(driver: WebDriver, url: string) {
  await driver.get(`${url}/students`);
  await driver.wait(until.elementLocated(byText('a', 'Ana Lima')), 30_000).click();
  await driver.wait(until.elementLocated(By.css('ol[aria-label="Conference timeline"]')), 30_000);
}

/** The newest recording on the page, played once its bytes are read from the device. */
async function playNewestRecording(driver: WebDriver) {
  await driver.wait(until.elementLocated(By.css('audio')), 30_000);
  return inPage(driver, playFirstRecording);
}

async function chooseFile(driver: WebDriver, accept: string, path: string) {
  await driver.findElement(By.css(`input[type="file"][accept="${accept}"]`)).sendKeys(path);
}

describe('recording, photos, backup and restore in WebKit', () => {
  it('records on the sheet, adds a camera photo, saves, and plays it back', async () => {
    const { driver, downloads } = env.webkit();
    const server = env.server();
    await driver.get(server.url);
    const form = await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 30_000);
    await form.findElement(By.css('input:not([type])')).sendKeys('Room 9 Writers');
    await form.findElement(byText('button', 'Create class')).click();
    await driver.wait(until.elementLocated(byText('h1', 'Room 9 Writers')), 30_000);
    await driver.get(`${server.url}/students`);
    const add = await driver.wait(until.elementLocated(By.css('.add-student input')), 30_000);
    await waitFor(
      async () =>
        (await driver.executeScript('return document.querySelector(".shell").inert === false')) === true,
      'the privacy settings to be read',
    );
    await add.sendKeys('Ana Lima', Key.ENTER);
    await driver.wait(until.elementLocated(byText('a', 'Ana Lima')), 30_000).click();
    await driver.wait(until.elementLocated(byText('a', 'Log a conference')), 30_000).click();
    const sheet = await driver.wait(until.elementLocated(By.css('form.sheet')), 30_000);

    await sheet.findElement(byText('button', 'Record')).click();
    // The recording bar's timer (it stays on screen wherever the sheet is scrolled), read afresh each time:
    // the bar draws itself anew as the seconds pass.
    const recordingTime = async () =>
      (await driver.executeScript(
        'return document.querySelector(\'[role="timer"][aria-label^="Recording, "]\')?.getAttribute("aria-label") ?? ""',
      )) as string;
    await waitFor(
      async () => /^Recording, 0:0[3-9]$/.test(await recordingTime()),
      'three seconds of recording',
      30_000,
    );
    await driver.findElement(byText('button', 'Stop recording')).click();
    // What the sheet kept, by the clock: the three seconds (or more) the timer showed.
    await driver.wait(until.elementLocated(keptAtLeast(3)), 30_000);

    // The camera's photo, picked through the file input as the photo library hands it over.
    const photo = join(downloads, 'page.jpg');
    writeFileSync(photo, Buffer.from(await inPage(driver, cameraJpeg)));
    await chooseFile(driver, 'image/*', photo);
    await driver.wait(
      until.elementLocated(By.css('button[aria-label="New photo 1, open full size"]')),
      30_000,
    );
    const point = await driver.findElement(byText('label', 'Teaching point'));
    await driver
      .findElement(By.id((await point.getAttribute('for')) ?? ''))
      .sendKeys('Stretch the most important part');
    await driver.findElement(byText('button', 'Save conference')).click();
    await driver.wait(until.elementLocated(startsWith('Saved:')), 30_000);

    // Made small (longest side 1,600 px), turned upright as the camera meant, no EXIF left.
    expect(await inPage(driver, storedPhoto)).toMatchObject({ width: 1200, height: 1600, exif: false });

    await openAnasPage(driver, server.url);
    await driver.findElement(startsWith('Teaching point: Stretch the most important part'));
    const recording = await playNewestRecording(driver);
    expect(recording.played).toBeGreaterThan(0.5);
    // More than one second-long piece of sound. WebKit's mock microphone makes its tone by a timer that
    // falls behind the clock on a busy machine (three seconds by the clock have held two of sound), so the
    // sound's length is checked against a piece, and what was kept by the clock above.
    expect(recording.seconds).toBeGreaterThan(1);
    await driver.findElement(By.css('button[aria-label^="Photo 1 of the writing, "]')).click();
    const full = await driver.wait(until.elementLocated(By.css('dialog.photo-full[open] img')), 30_000);
    expect(await driver.executeScript('return arguments[0].naturalHeight', full)).toBe(1600);
    await driver.findElement(By.css('dialog.photo-full[open] button')).click();

    expect(await inPage(driver, countRows, STORES)).toEqual({
      classes: 1,
      students: 1,
      conferences: 1,
      attachments: 2,
      blobs: 2,
    });
    saved = true;
  }, 180_000);

  it('a reload mid-recording keeps what was recorded, and the note comes back with it', async () => {
    const { driver } = env.webkit();
    const server = env.server();
    expect(saved, 'the first test saved a conference').toBe(true);
    await openAnasPage(driver, server.url);
    await driver.findElement(byText('a', 'Log a conference')).click();
    const sheet = await driver.wait(until.elementLocated(By.css('form.sheet')), 30_000);
    const address = await driver.getCurrentUrl();
    await sheet.findElement(byText('button', 'Record')).click();
    // The recording bar's timer (it stays on screen wherever the sheet is scrolled), read afresh each time:
    // the bar draws itself anew as the seconds pass.
    const recordingTime = async () =>
      (await driver.executeScript(
        'return document.querySelector(\'[role="timer"][aria-label^="Recording, "]\')?.getAttribute("aria-label") ?? ""',
      )) as string;
    await waitFor(
      async () => /^Recording, 0:0[7-9]$/.test(await recordingTime()),
      'seven seconds of recording',
      30_000,
    );
    await driver.navigate().refresh();
    expect(await driver.getCurrentUrl()).toBe(address);
    await driver.wait(
      until.elementLocated(byText('p', 'Recording kept: your unsaved note is back, as you left it.')),
      30_000,
    );
    // At most about two seconds are lost: of seven seconds by the clock, five or more were kept.
    await driver.wait(until.elementLocated(keptAtLeast(5)), 30_000);
    await driver.findElement(byText('button', 'Save conference')).click();
    await driver.wait(until.elementLocated(startsWith('Saved:')), 30_000);
    await openAnasPage(driver, server.url);
    // The newest conference's recording comes first, and its sound is more than the first pieces'.
    expect((await playNewestRecording(driver)).seconds).toBeGreaterThan(3);
  }, 120_000);

  it('backs up, erases, refuses a damaged backup with nothing changed, restores the whole backup', async () => {
    const { driver, downloads } = env.webkit();
    const server = env.server();
    expect(saved, 'the first test saved a conference').toBe(true);
    await openAnasPage(driver, server.url);
    const recording = await playNewestRecording(driver);
    const rows = await inPage(driver, countRows, STORES);
    await driver.get(`${server.url}/settings`);
    await driver.wait(until.elementLocated(byText('p', 'No backup yet on this iPad.')), 30_000);
    await driver.findElement(byText('button', 'Back up now')).click();
    const done = await driver.wait(until.elementLocated(startsWith('Backup downloaded: ')), 30_000);
    const name = /(conferring-clipboard-\d{4}-\d{2}-\d{2}\.zip)/.exec(await done.getText())?.[1] as string;
    await driver.wait(until.elementLocated(byText('p', 'Last backup: today.')), 30_000);
    const backup = join(downloads, name);
    await waitFor(async () => readFileSync(backup).length > 0, 'the backup file');

    // The same backup with one byte of the photo changed: every record in it is good, yet none may land.
    const files = unzipSync(readFileSync(backup));
    const json = JSON.parse(strFromU8(files['backup.json'] as Uint8Array)) as {
      attachments: { sha256: string; mime: string }[];
      tables: { students: unknown[] };
    };
    expect(json.tables.students).toHaveLength(1);
    const photoFile = `attachments/${json.attachments.find((a) => a.mime === 'image/jpeg')?.sha256}`;
    const damaged = (files[photoFile] as Uint8Array).slice();
    const middle = damaged.length >> 1;
    damaged[middle] = (damaged[middle] as number) ^ 0xff;
    const damagedBackup = join(downloads, 'damaged-backup.zip');
    writeFileSync(
      damagedBackup,
      zipSync({ ...files, 'backup.json': strToU8(JSON.stringify(json)), [photoFile]: damaged }, { level: 0 }),
    );

    // A wiped iPad: Settings → Privacy → Erase this device.
    await driver.findElement(byText('button', 'Erase this device…')).click();
    await driver
      .wait(until.elementLocated(byText('button', 'Erase everything on this device')), 30_000)
      .click();
    await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 30_000);
    await driver.get(`${server.url}/settings`);
    await driver.wait(until.elementLocated(byText('p', 'No backup yet on this iPad.')), 30_000);
    const empty = { classes: 0, students: 0, conferences: 0, attachments: 0, blobs: 0 };
    expect(await inPage(driver, countRows, STORES)).toEqual(empty);

    await chooseFile(driver, '.zip,application/zip', damagedBackup);
    const refused = await driver.wait(
      until.elementLocated(By.css('section[aria-labelledby="backup-title"] [role="alert"]')),
      30_000,
    );
    expect(await refused.getText()).toMatch(
      /^This backup cannot be restored: recording or photo \d is missing from it or damaged\. Nothing was changed\.$/,
    );
    expect(await driver.findElements(By.css('section[aria-label="Restore preview"]'))).toHaveLength(0);
    expect(await inPage(driver, countRows, STORES)).toEqual(empty);

    // The real backup: what it would do, then all of it.
    await chooseFile(driver, '.zip,application/zip', backup);
    const preview = await driver.wait(
      until.elementLocated(By.css('section[aria-label="Restore preview"]')),
      30_000,
    );
    const cells = async (what: string) =>
      Promise.all(
        (await preview.findElements(By.xpath(`.//tr[th[normalize-space()='${what}']]/td`))).map((td) =>
          td.getText(),
        ),
      );
    expect(await cells('Students')).toEqual(['1', '0', '0']);
    expect(await cells('Conferences')).toEqual([String(rows.conferences), '0', '0']);
    expect(await cells('Recordings and photos')).toEqual([String(rows.attachments), '0', '0']);
    await preview.findElement(byText('button', 'Restore')).click();
    await driver.wait(until.elementLocated(startsWith(`Restored from ${name}: `)), 30_000);
    expect(await inPage(driver, countRows, STORES)).toEqual(rows);

    await openAnasPage(driver, server.url);
    await driver.findElement(startsWith('Teaching point: Stretch the most important part'));
    const again = await playNewestRecording(driver);
    expect(again.sha256).toBe(recording.sha256);
    expect(again.played).toBeGreaterThan(0.5);
    await driver.findElement(By.css('button[aria-label^="Photo 1 of the writing, "]')).click();
    const full = await driver.wait(until.elementLocated(By.css('dialog.photo-full[open] img')), 30_000);
    expect(await driver.executeScript('return arguments[0].naturalHeight', full)).toBe(1600);
  }, 180_000);
});
