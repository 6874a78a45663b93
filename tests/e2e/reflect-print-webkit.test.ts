// Reflecting and printing in real WebKit, iPad Safari's engine. A conference logged from the 9-kid grid;
// the filled 9-kid form and the parent summary as they would print; then seed 001's five questions
// answered, the line and the note typed, the screen left by the tab bar (no button), and everything back
// after Back and after a reload; My conferring counts each answer the right way round.
//
// What would print: WebKitWebDriver (WebKitGTK 2.50) has no W3C "Print Page" command: selenium's
// `driver.printPage()` answers `UnknownCommandError: Unknown command: /session/<id>/print`, and MiniBrowser
// prints only through GTK's dialog. So this is no PDF read back: the page's own `@media print` rules are
// applied on screen by WebKit's CSS engine (each rule's media switched from `print` to `all`, and
// `screen` to `print`, through the CSSOM, then switched back), and what WebKit then lays out is read:
// which elements are displayed, and the text (`innerText`, which leaves out what is not displayed). It
// checks WebKit's matching of the print rules (the shell's `:not(main)`, which notices and bars they
// hide), not pagination or page size: those are read from Chromium's PDFs in print.test.ts.
import { By, Key, until, type WebDriver } from 'selenium-webdriver';
import { describe, expect, it } from 'vitest';
import { useWebKitAndServer, waitFor } from './webkit.ts';

const env = useWebKitAndServer();
const byText = (tag: string, text: string) => By.xpath(`//${tag}[normalize-space()='${text}']`);
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;

const PACING = 'How was your pacing?';
const RESEARCH = 'Did you rush through the research part of the conference?';
const COMPLIMENT = 'Did you take the time to compliment the student using a paragraph of speech?';
const STRATEGY =
  'Did you teach the student ONE (and only one) new strategy that s/he could use not just on the piece of writing in front of him/her but in the future?';
const BEST =
  'Was your teaching point the best possible one or could you have taught something else that would’ve helped him/her more?';

interface Printed {
  /** How many `@media` lists were switched: none would mean nothing of print was applied. */
  switched: number;
  /** The notice and the bars as the screen shows them, then as they would print. */
  onScreen: { notice: boolean; tabs: boolean; topbar: boolean; controls: boolean };
  onPaper: { notice: boolean; tabs: boolean; topbar: boolean; controls: boolean };
  /** "Saved: …" as the screen shows it while the rest is read. */
  noticeText: string;
  text: string;
}

/** The page under its print rules, read in one go (one script: nothing changes on the page meanwhile). */
function asPrinted(driver: WebDriver): Promise<Printed> {
  return driver.executeScript<Printed>(`
    const displayed = (selector) => {
      const element = document.querySelector(selector);
      return !!element && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
    };
    const look = () => ({
      notice: displayed('.notice.is-shown'),
      tabs: displayed('nav.tabs'),
      topbar: displayed('.topbar'),
      controls: displayed('.print-controls'),
    });
    const onScreen = look();
    const noticeText = document.querySelector('.notice.is-shown')?.textContent ?? '';
    const undo = [];
    const swap = (list) => {
      const before = list.mediaText;
      const after = before.replace(/\\b(print|screen)\\b/g, (type) => (type === 'print' ? 'all' : 'print'));
      if (after === before) return;
      list.mediaText = after;
      undo.push(() => { list.mediaText = before; });
    };
    const visit = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) swap(rule.media);
        if (rule.cssRules) visit(rule.cssRules);
      }
    };
    for (const sheet of document.styleSheets) {
      swap(sheet.media);
      visit(sheet.cssRules);
    }
    const onPaper = look();
    const text = document.body.innerText;
    for (const put of undo.reverse()) put();
    return { switched: undo.length, onScreen, onPaper, noticeText, text };
  `);
}

/** Asserts what every printed form shares: the print rules applied, the form alone on the paper. */
function expectOnlyTheForm(printed: Printed) {
  expect(printed.switched).toBeGreaterThan(0);
  expect(printed.onScreen.tabs && printed.onScreen.topbar && printed.onScreen.controls).toBe(true);
  expect(printed.onPaper).toEqual({ notice: false, tabs: false, topbar: false, controls: false });
  for (const screen of ['Conferring Clipboard', 'This week', 'Settings', 'Online', 'Paper', 'Orientation'])
    expect(printed.text).not.toContain(screen);
  // Dates in her words: never a stored yyyy-MM-dd (a school year, 2026-2027, is hers).
  expect(printed.text.replace(/\d{4}-\d{4}/g, '')).not.toMatch(ISO_DAY);
}

/**
 * Taps what `locator` finds once the screen has settled: nothing on it still loading, and the element
 * where the tap will land (the same box two frames running, on top at its centre). WebDriver taps at a
 * point read before the tap, and a screen still drawing its records moves the target from under it: the
 * tap then lands on nothing, or on a neighbour.
 */
async function tap(driver: WebDriver, locator: By): Promise<void> {
  await waitFor(async () => {
    const element = await driver.findElement(locator);
    const still = await driver.executeAsyncScript<boolean>(
      `const [element, done] = arguments;
         element.scrollIntoView({ block: 'center' });
         const box = () => JSON.stringify(element.getBoundingClientRect());
         const before = box();
         requestAnimationFrame(() => requestAnimationFrame(() => {
           const r = element.getBoundingClientRect();
           const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
           done(!document.querySelector('.loading') && box() === before && !!top && element.contains(top));
         }));`,
      element,
    );
    if (still) await element.click();
    return still;
  }, `${locator} to settle, to tap it`);
}

/**
 * Taps a way to another screen and waits for the app to announce it: a frame or more after the screen
 * draws, ScreenFocus names it in the title and moves focus to its heading, and keys typed before then
 * go to a field and then, mid-word, to the heading. The title is marked before the tap, so its change
 * shows the announcement made, whichever heading it named.
 */
async function open(driver: WebDriver, locator: By): Promise<void> {
  await driver.executeScript('document.title = "(opening)"');
  await tap(driver, locator);
  await driver.wait(async () => (await driver.getTitle()) !== '(opening)', 20_000);
}

async function fieldLabelled(driver: WebDriver, label: string) {
  const element = await driver.wait(until.elementLocated(byText('label', label)), 20_000);
  return driver.findElement(By.id((await element.getAttribute('for')) ?? ''));
}

/** A chip under one of the reflection's questions (its fieldset's legend). */
function chip(question: string, answer: string): By {
  return By.xpath(
    `//fieldset[legend[normalize-space()="${question}"]]//label[normalize-space()="${answer}"]`,
  );
}

async function chosen(driver: WebDriver, question: string, answer: string): Promise<boolean> {
  return (await driver.findElement(chip(question, answer))).findElement(By.css('input')).isSelected();
}

async function valueIn(driver: WebDriver, locator: By): Promise<string | null> {
  return (await driver.findElement(locator)).getAttribute('value');
}

describe('reflecting and printing in WebKit', () => {
  it('prints only the form, keeps a reflection without a button, and counts it', async () => {
    const { driver } = env.webkit();
    const server = env.server();

    // A class of two, this week's grid, and a conference with Ana from her box.
    await driver.get(server.url);
    const form = await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 20_000);
    await form.findElement(By.css('input:not([type])')).sendKeys('Room 7 Writers');
    await tap(driver, byText('button', 'Create class'));
    await driver.wait(until.elementLocated(byText('h1', 'Room 7 Writers')), 20_000);
    await driver.get(`${server.url}/students`);
    const add = await driver.wait(until.elementLocated(By.css('.add-student input')), 20_000);
    // Keys typed before the privacy settings are read go nowhere, as a finger's would.
    await waitFor(
      async () =>
        (await driver.executeScript('return document.querySelector(".shell").inert === false')) === true,
      'the privacy settings to be read',
    );
    for (const name of ['Ana Lima', 'Ben Okafor']) {
      await add.sendKeys(name, Key.ENTER);
      await driver.wait(until.elementLocated(byText('a', name)), 20_000);
    }
    await driver.get(`${server.url}/week`);
    await tap(driver, byText('button', 'Make this week’s grid'));
    await tap(driver, By.xpath("//button[starts-with(., 'Use these')]"));
    await open(driver, By.css('a[aria-label^="Log a conference with Ana Lima"]'));
    await driver.wait(until.elementLocated(byText('h1', 'Conference with Ana Lima')), 20_000);
    await (await fieldLabelled(driver, 'Strength I named')).sendKeys('You found a strong lead');
    await (await fieldLabelled(driver, 'Teaching point')).sendKeys('Stretch the most important part');
    await (await fieldLabelled(driver, 'Next step')).sendKeys('Add dialogue, as Ben Okafor did');
    await tap(driver, byText('button', 'Save conference'));
    await driver.wait(
      until.elementLocated(By.css('a[aria-label*="last teaching point: Stretch the most important part"]')),
      20_000,
    );

    // Straight to the filled 9-kid form, "Saved: …" still on the screen: it stays off the paper.
    await tap(driver, By.css('nav.tabs a[href="/settings"]'));
    await tap(driver, By.css('a[aria-label="9-kid record, this week: filled in"]'));
    const boxOf = (name: string) =>
      By.xpath(
        `//ol[@aria-label='Nine children']/li[.//*[@class='paper-filled'][normalize-space()='${name}']]`,
      );
    const anaBox = boxOf('Ana Lima');
    await driver.wait(until.elementLocated(anaBox), 20_000);
    await driver.wait(until.elementTextContains(driver.findElement(anaBox), 'Stretch'), 20_000);
    const nine = await asPrinted(driver);
    expect(nine.onScreen.notice).toBe(true);
    expect(nine.noticeText).toBe('Saved: conference with Ana Lima.');
    expect(nine.text).not.toContain('Saved:');
    expectOnlyTheForm(nine);
    expect(nine.text).toContain('Keeping Conference Records (9 kids)');
    expect(nine.text).toContain('Room 7 Writers');
    const box = await driver.findElement(anaBox).getText();
    expect(box).toContain('Stretch the most important part');
    expect(box).toContain('Next step: Add dialogue, as Ben Okafor did');
    expect(await driver.findElement(boxOf('Ben Okafor')).getText()).toBe('Name Ben Okafor');

    // The parent summary, from Ana's page: her strength and next step, no other child named.
    await driver.get(`${server.url}/students`);
    await tap(driver, byText('a', 'Ana Lima'));
    await tap(driver, byText('a', 'For a parent meeting'));
    await driver.wait(until.elementLocated(By.xpath("//li[contains(., 'You found a strong lead')]")), 20_000);
    const parent = await asPrinted(driver);
    expectOnlyTheForm(parent);
    expect(parent.text).toContain('Ana Lima: writing conferences');
    expect(parent.text).toContain('You found a strong lead');
    expect(parent.text).toContain('Add dialogue, as a classmate did');
    for (const other of ['Ben', 'Okafor']) expect(parent.text).not.toContain(other);

    // Reflect: each question answered in its own form, the line and the note typed, and she leaves at
    // once by the tab bar. No button saves it.
    await driver.get(`${server.url}/students`);
    await tap(driver, byText('a', 'Ana Lima'));
    await open(driver, byText('a', 'Reflect on this conference'));
    await driver.wait(until.elementLocated(byText('h1', 'Reflect: Ana Lima')), 20_000);
    const answers: [string, string][] = [
      [PACING, 'Rushed'],
      [RESEARCH, 'No'],
      [COMPLIMENT, 'Yes'],
      [STRATEGY, 'ONE'],
      [BEST, 'Something else would have helped more'],
    ];
    for (const [question, answer] of answers) {
      await tap(driver, chip(question, answer));
      await waitFor(() => chosen(driver, question, answer), `“${answer}” to ${question}`);
    }
    const line = By.xpath(
      "//label[span[normalize-space()='What would have helped more? (in a line)']]//input",
    );
    await driver.wait(until.elementLocated(line), 20_000).sendKeys('Teach dialogue punctuation first');
    const note = async () => fieldLabelled(driver, 'What I noticed');
    expect(await driver.findElements(By.xpath("//main//button[contains(., 'Save')]"))).toHaveLength(0);
    // The tab bar stands still: tapped the moment the last key is typed, before the note's own pause.
    const thisWeek = await driver.findElement(By.css('nav.tabs a[href="/week"]'));
    await (await note()).sendKeys('Research took half the time.');
    await thisWeek.click();
    await driver.wait(until.elementLocated(byText('h1', 'This week')), 20_000);

    await driver.navigate().back();
    await driver.wait(until.elementLocated(byText('h1', 'Reflect: Ana Lima')), 20_000);
    for (const reload of [false, true]) {
      if (reload) {
        await driver.navigate().refresh();
        await driver.wait(until.elementLocated(byText('h1', 'Reflect: Ana Lima')), 20_000);
      }
      await waitFor(
        async () => (await (await note()).getAttribute('value')) === 'Research took half the time.',
        'the note, kept',
      );
      expect(await valueIn(driver, line)).toBe('Teach dialogue punctuation first');
      for (const [question, answer] of answers) expect(await chosen(driver, question, answer)).toBe(true);
      expect(await chosen(driver, RESEARCH, 'Yes')).toBe(false);
    }

    // My conferring, from This week: the answers she aims for counted, the others named.
    await tap(driver, By.css('nav.tabs a[href="/week"]'));
    await tap(driver, byText('a', 'My conferring'));
    await driver.wait(until.elementLocated(byText('h1', 'My conferring')), 20_000);
    const rows = (caption: string) =>
      driver.executeScript<string[]>(
        `const table = [...document.querySelectorAll('table')].find((t) => t.caption?.textContent === arguments[0]);
         return table ? [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent).join(' | ')) : [];`,
        caption,
      );
    const aimedFor = 'Your reflections: the answers you aim for';
    await waitFor(async () => (await rows(aimedFor)).length === 6, 'the reflections table');
    expect(await rows(aimedFor)).toEqual([
      'Question | How many',
      `${PACING} | 0 of 1 · 1 rushed`,
      `${RESEARCH} | 1 of 1`,
      `${COMPLIMENT} | 1 of 1`,
      `${STRATEGY} | 1 of 1`,
      `${BEST} | 0 of 1 · 1 something else would have helped more`,
    ]);
    const weeks = await rows('Your reflections over time: the answers you aim for, a week');
    expect(weeks.at(-1)).toMatch(/ \| 3 of 5$/);
  }, 240_000);
});
