// The offline promise in real WebKit, iPad Safari's engine: write a record, lose the server (it is
// stopped: WebKitWebDriver cannot switch the network off), reload, and the app still starts from the
// service worker with the record there. On the way, the pattern picker opens as a modal sheet and fills
// the teaching point, and a conference logged from the 9-kid grid comes back to the same grid.
import { By, Key, until } from 'selenium-webdriver';
import { describe, expect, it } from 'vitest';
import { useWebKitAndServer, waitFor } from './webkit.ts';

const env = useWebKitAndServer();

describe('offline start in WebKit', () => {
  it('writes a class, loses the server, reloads, and still shows it', async () => {
    const { driver } = env.webkit();
    const server = env.server();
    await driver.get(server.url);
    await waitFor(
      async () => (await driver.executeScript('return navigator.serviceWorker.controller !== null')) === true,
      'the service worker to take control',
    );
    const form = await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 20_000);
    await form.findElement(By.css('input:not([type])')).sendKeys('Room 12 Writers');
    await form.findElement(By.xpath(".//button[normalize-space()='Create class']")).click();
    await driver.wait(until.elementLocated(By.xpath("//h1[normalize-space()='Room 12 Writers']")), 20_000);

    // The picker is a native modal dialog: WebKit opens it over the sheet, and a tapped teaching point
    // lands in the field (and closes it).
    await driver.get(`${server.url}/students`);
    const add = await driver.wait(until.elementLocated(By.css('.add-student input')), 20_000);
    // The shell is inert until the privacy settings are read (names covered, the lock): keys typed
    // before then go nowhere, as a finger's would.
    await waitFor(
      async () =>
        (await driver.executeScript('return document.querySelector(".shell").inert === false')) === true,
      'the privacy settings to be read',
    );
    await add.sendKeys('Ana Lima', Key.ENTER);
    await driver.wait(until.elementLocated(By.xpath("//*[normalize-space()='Added Ana Lima.']")), 20_000);
    await driver.wait(until.elementLocated(By.xpath("//a[normalize-space()='Ana Lima']")), 20_000).click();
    await driver
      .wait(until.elementLocated(By.xpath("//a[normalize-space()='Log a conference']")), 20_000)
      .click();
    await driver
      .wait(until.elementLocated(By.xpath("//button[normalize-space()='Pick from patterns']")), 20_000)
      .click();
    const dialog = await driver.wait(until.elementLocated(By.css('dialog.full-sheet[open]')), 20_000);
    expect(
      await driver.executeScript('return document.querySelector("dialog.full-sheet").matches(":modal")'),
    ).toBe(true);
    await dialog.findElement(By.xpath(".//button[normalize-space()='Paragraphing']")).click();
    await driver.wait(
      async () => (await driver.findElements(By.css('dialog.full-sheet'))).length === 0,
      20_000,
    );
    const point = await driver.findElement(By.xpath("//label[normalize-space()='Teaching point']"));
    const field = await driver.findElement(By.id((await point.getAttribute('for')) ?? ''));
    expect(await field.getAttribute('value')).toBe('Paragraphing');
    await driver.findElement(By.xpath("//button[normalize-space()='Save conference']")).click();
    await driver.wait(
      until.elementLocated(By.xpath("//*[starts-with(normalize-space(), 'Saved:')]")),
      20_000,
    );

    // The sheet over the week: Save comes back to the same grid (never rebuilt), the box showing the note.
    await driver.get(`${server.url}/week`);
    await driver
      .wait(until.elementLocated(By.xpath("//button[normalize-space()='Make this week’s grid']")), 20_000)
      .click();
    await driver
      .wait(until.elementLocated(By.xpath("//button[starts-with(., 'Use these')]")), 20_000)
      .click();
    const grid = await driver.wait(until.elementLocated(By.css('ul[aria-label="9-kid grid"]')), 20_000);
    await driver.executeScript('arguments[0].setAttribute("data-before-sheet", "yes")', grid);
    await driver.findElement(By.css('a[aria-label^="Log a conference with Ana Lima"]')).click();
    await driver.wait(until.elementLocated(By.css('form.sheet')), 20_000);
    expect(new URL(await driver.getCurrentUrl()).pathname).toBe('/week/log');
    const sheetPoint = await driver.findElement(By.xpath("//label[normalize-space()='Teaching point']"));
    const sheetField = await driver.findElement(By.id((await sheetPoint.getAttribute('for')) ?? ''));
    // The sheet moves focus to its heading a frame after it draws, and keys typed before that go to the
    // heading, as a finger's would: type into the field until it holds what was typed.
    await waitFor(async () => {
      await sheetField.clear();
      await sheetField.click();
      await sheetField.sendKeys('Reread the lead aloud');
      return (await sheetField.getAttribute('value')) === 'Reread the lead aloud';
    }, 'the teaching point to hold what was typed');
    await driver.findElement(By.xpath("//button[normalize-space()='Save conference']")).click();
    await driver.wait(
      until.elementLocated(By.css('a[aria-label*="last teaching point: Reread the lead aloud"]')),
      20_000,
    );
    await waitFor(
      async () => new URL(await driver.getCurrentUrl()).pathname === '/week',
      'the address to follow Back to /week',
    );
    expect(
      await driver.findElement(By.css('ul[aria-label="9-kid grid"]')).getAttribute('data-before-sheet'),
    ).toBe('yes');
    expect(await driver.findElements(By.css('form.sheet'))).toHaveLength(0);

    await driver.get(server.url);
    await driver.wait(until.elementLocated(By.xpath("//h1[normalize-space()='Room 12 Writers']")), 20_000);

    await server.close();
    expect(
      await fetch(`${server.url}/`).then(
        () => 'up',
        () => 'down',
      ),
    ).toBe('down');
    await driver.navigate().refresh();
    const heading = await driver.wait(
      until.elementLocated(By.xpath("//h1[normalize-space()='Room 12 Writers']")),
      20_000,
    );
    expect(await heading.getText()).toBe('Room 12 Writers');

    // A deep link, with the server gone: the navigation fallback answers from the cache.
    await driver.get(`${server.url}/settings`);
    await driver.wait(
      until.elementLocated(By.xpath("//h2[normalize-space()='Storage on this device']")),
      20_000,
    );
  });
});
