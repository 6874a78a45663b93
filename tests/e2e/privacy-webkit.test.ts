// Hide names and the PIN lock in real WebKit, iPad Safari's engine: the cover stays over a reload until
// Show, and a PIN set in Settings is asked when the app opens, refusing a wrong one.
import { By, Key, until } from 'selenium-webdriver';
import { describe, expect, it } from 'vitest';
import { useWebKitAndServer, waitFor } from './webkit.ts';

const env = useWebKitAndServer();
const byText = (tag: string, text: string) => By.xpath(`//${tag}[normalize-space()='${text}']`);

describe('privacy in WebKit', () => {
  it('covers the names across a reload until Show, and asks for the PIN when the app opens', async () => {
    const { driver } = env.webkit();
    const server = env.server();
    await driver.get(server.url);
    const form = await driver.wait(until.elementLocated(By.css('form[aria-label="New class"]')), 20_000);
    await form.findElement(By.css('input:not([type])')).sendKeys('Room 4 Writers');
    await form.findElement(byText('button', 'Create class')).click();
    await driver.wait(until.elementLocated(byText('h1', 'Room 4 Writers')), 20_000);
    await driver.get(`${server.url}/students`);
    const add = await driver.wait(until.elementLocated(By.css('.add-student input')), 20_000);
    await add.sendKeys('Ana Lima', Key.ENTER);
    await driver.wait(until.elementLocated(byText('a', 'Ana Lima')), 20_000);

    // Hide: an opaque cover, the app behind it inert; a reload keeps it.
    await driver.findElement(By.css('button[aria-label="Hide names"]')).click();
    await driver.wait(until.elementLocated(By.css('.cover[role="dialog"]')), 20_000);
    const inert = () =>
      driver.executeScript<boolean>('return document.querySelector(".shell").inert === true');
    expect(await inert()).toBe(true);
    const covering = () =>
      driver.executeScript<boolean>(`
        const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Ana Lima');
        const r = link.getBoundingClientRect();
        return !!document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('.cover');`);
    expect(await covering()).toBe(true);
    await driver.navigate().refresh();
    await driver.wait(until.elementLocated(byText('button', 'Show')), 20_000);
    await waitFor(async () => (await covering()) === true, 'the cover after the reload');
    await driver.findElement(byText('button', 'Show')).click();
    await waitFor(async () => (await driver.findElements(By.css('.cover'))).length === 0, 'the cover to go');
    expect(await inert()).toBe(false);

    // A PIN set in Settings is asked when the app opens; a wrong one is refused.
    await driver.get(`${server.url}/settings`);
    const pinForm = await driver.wait(until.elementLocated(By.css('form[aria-label="Set a PIN"]')), 20_000);
    const [pin, again] = await pinForm.findElements(By.css('input[type="password"]'));
    await pin?.sendKeys('2468');
    await again?.sendKeys('2468');
    await pinForm.findElement(byText('button', 'Set PIN')).click();
    await driver.wait(
      until.elementLocated(By.xpath("//*[starts-with(normalize-space(), 'PIN set:')]")),
      60_000,
    );
    await driver.navigate().refresh();
    const lock = await driver.wait(until.elementLocated(By.css('form[aria-label="Unlock"]')), 20_000);
    expect(await inert()).toBe(true);
    const field = await lock.findElement(By.css('input[type="password"]'));
    await field.sendKeys('1357');
    await lock.findElement(byText('button', 'Unlock')).click();
    await driver.wait(until.elementLocated(byText('p', 'Wrong PIN (1 in a row).')), 60_000);
    await field.sendKeys('2468');
    await lock.findElement(byText('button', 'Unlock')).click();
    await waitFor(
      async () => (await driver.findElements(By.css('.cover'))).length === 0,
      'the lock to open',
      60_000,
    );
    await driver.wait(until.elementLocated(byText('h1', 'Settings')), 20_000);
  }, 180_000);
});
