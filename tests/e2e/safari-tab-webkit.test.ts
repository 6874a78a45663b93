// An iPad's Safari tab, in real WebKit: the first screen says her notes could be deleted by Safari's
// seven-day rule, with *Back up now* (which saves the backup) and the way to the Home Screen; dismissed
// once, it stays dismissed across a reload; Settings says it for good, and whether this iPad agreed to
// keep the data (WebKit's own answer). And, as this WebKit runs without its mock devices, a sheet with no
// microphone says so plainly and still saves the note.
//
// What is real and what is claimed: the user agent is iPadOS Safari's, sent by MiniBrowser itself (its
// --user-agent setting), and the Storage API is WebKit's own (a feature WebKitGTK leaves off and Safari
// has on). The touch points are claimed through the app's one test hook (CLAIMED_TOUCH_POINTS_KEY):
// WebKitGTK reports navigator.maxTouchPoints 0 on every machine, where an iPad reports 5.
import { readdirSync } from 'node:fs';
import { By, Key, until } from 'selenium-webdriver';
import { describe, expect, it } from 'vitest';
import { CLAIMED_TOUCH_POINTS_KEY } from '../../src/ui/deviceFacts.ts';
import { useWebKitAndServer, waitFor } from './webkit.ts';

const IPADOS_SAFARI =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15';

const env = useWebKitAndServer({
  browserArgs: [`--user-agent=${IPADOS_SAFARI}`, '--features=+StorageAPI,+StorageAPIEstimate'],
});
const byText = (tag: string, text: string) => By.xpath(`//${tag}[normalize-space()='${text}']`);
const NOTICE = By.css('section[aria-labelledby="safari-tab-notice-title"]');
const SETTINGS_CARD = By.css('section[aria-labelledby="safari-tab-title"]');

describe('an iPad’s Safari tab in WebKit', () => {
  it('says so on the first screen until dismissed, and in Settings for good', async () => {
    const { driver, downloads } = env.webkit();
    const server = env.server();
    await driver.get(server.url);
    await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 30_000);
    expect(await driver.executeScript('return navigator.userAgent')).toBe(IPADOS_SAFARI);
    expect(await driver.executeScript('return navigator.maxTouchPoints')).toBe(0);
    // Not an iPad yet (no touch): the app decided, and said nothing.
    const checked = () =>
      driver.executeScript<boolean>('return performance.getEntriesByName("safari-tab-checked").length > 0');
    await waitFor(checked, 'the Safari-tab check', 30_000);
    expect(await driver.findElements(NOTICE)).toHaveLength(0);

    await driver.executeScript('localStorage.setItem(arguments[0], "5")', CLAIMED_TOUCH_POINTS_KEY);
    await driver.navigate().refresh();
    let notice = await driver.wait(until.elementLocated(NOTICE), 30_000);
    // Over the first screen, which is still there under it.
    await driver.findElement(By.css('form[aria-label="New class"]'));
    expect(await notice.findElement(By.css('h2')).getText()).toBe('Your notes are in a Safari tab');
    const words = await notice.getText();
    expect(words).toContain('Safari may delete everything it keeps on this iPad');
    expect(words).toContain('Add to Home Screen');
    expect(words).toContain('Restore from a backup…');

    // Moving on to another screen puts it away until the next launch, not for good.
    await driver.findElement(By.css('nav a[href="/students"]')).click();
    await waitFor(async () => (await driver.findElements(NOTICE)).length === 0, 'the notice to step aside');
    await driver.get(server.url);
    notice = await driver.wait(until.elementLocated(NOTICE), 30_000);

    // Back up now, from the notice: WebKit downloads the file (no share sheet on this WebKit).
    await notice.findElement(byText('button', 'Back up now')).click();
    const saved = await driver.wait(
      until.elementLocated(By.xpath("//p[starts-with(normalize-space(), 'Backup downloaded: ')]")),
      30_000,
    );
    const name = /Backup downloaded: (conferring-clipboard-\d{4}-\d{2}-\d{2}\.zip)\./.exec(
      await saved.getText(),
    )?.[1];
    expect(name).toBeDefined();
    await waitFor(async () => readdirSync(downloads).includes(name as string), 'the backup file');

    // Dismissed once: gone, and still gone after a reload once the app has checked again.
    await notice.findElement(byText('button', 'Dismiss')).click();
    await waitFor(async () => (await driver.findElements(NOTICE)).length === 0, 'the notice to go');
    // Focus goes on to the screen's heading, not lost with the button.
    expect(await driver.executeScript('return document.activeElement.matches("main h1, main h2")')).toBe(
      true,
    );
    await driver.navigate().refresh();
    await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 30_000);
    await waitFor(checked, 'the Safari-tab check after the reload', 30_000);
    expect(await driver.findElements(NOTICE)).toHaveLength(0);

    // Settings says it for good, with the same way out, and what WebKit answered about keeping the data.
    await driver.get(`${server.url}/settings`);
    const card = await driver.wait(until.elementLocated(SETTINGS_CARD), 30_000);
    expect(await card.getText()).toContain('Add to Home Screen');
    await card.findElement(byText('button', 'Back up now'));
    const persisted = await driver.findElement(By.css('[data-testid="persisted"]'));
    await waitFor(
      async () => /^This iPad has (agreed|not agreed)/.test(await persisted.getText()),
      'the answer about keeping the data',
    );
    const agreed = await driver.executeAsyncScript<boolean>(
      'navigator.storage.persisted().then(arguments[arguments.length - 1])',
    );
    expect(await persisted.getText()).toBe(
      agreed
        ? 'This iPad has agreed to keep the clipboard’s data: it will not clear it to make room.'
        : 'This iPad has not agreed: it may clear the clipboard’s data when space runs low, or after seven days of Safari use without a visit. Back up (above), or turn on sync, so a copy lives elsewhere.',
    );
    expect(await driver.findElement(By.css('[data-testid="opened"]')).getText()).toBe(
      'In a Safari tab, not from the Home Screen: see the top of Settings.',
    );
    // The notice stays away from Settings (it says the same there).
    expect(await driver.findElements(NOTICE)).toHaveLength(0);
  }, 180_000);

  it('with no microphone (WebKit without its mock devices), the sheet says so and still saves', async () => {
    const { driver } = env.webkit();
    const server = env.server();
    await driver.get(server.url);
    const form = await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 30_000);
    await form.findElement(By.css('input:not([type])')).sendKeys('Room 7 Writers');
    await form.findElement(byText('button', 'Create class')).click();
    await driver.wait(until.elementLocated(byText('h1', 'Room 7 Writers')), 30_000);
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
    // WebKit refuses with OverconstrainedError when it has no capture device at all.
    const alert = await driver.wait(until.elementLocated(By.css('fieldset.recorder [role="alert"]')), 30_000);
    expect(await alert.getText()).toBe(
      'No microphone was found. You can log the conference without a recording.',
    );
    const point = await driver.findElement(byText('label', 'Teaching point'));
    await driver
      .findElement(By.id((await point.getAttribute('for')) ?? ''))
      .sendKeys('Reread the lead aloud');
    await driver.findElement(byText('button', 'Save conference')).click();
    await driver.wait(
      until.elementLocated(By.xpath("//*[starts-with(normalize-space(), 'Saved:')]")),
      30_000,
    );
  }, 120_000);
});
