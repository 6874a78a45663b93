// With a keyboard case, and with VoiceOver: Escape closes the sheet and keeps the draft, Cmd/Ctrl+Enter
// saves; after a navigation the title names the screen and focus is on its heading; an empty chart says so;
// *Asked* confirms visibly.
import { describe, expect, it } from 'vitest';
import { newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();

describe('keyboard and screen reader', () => {
  it('Escape keeps the draft, Ctrl+Enter saves, the title and focus follow the screen', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app } = await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor'], 'Room 6 Writers');

    await app.tab('Class').tap();
    await page.getByRole('heading', { name: 'Room 6 Writers', level: 1 }).waitFor();
    await page.getByText('No conferences yet: the bars fill in as you confer.').waitFor();
    await page.waitForFunction(() => document.title === 'Room 6 Writers · Conferring Clipboard');

    await app.tab('Students').tap();
    await page.waitForFunction(() => document.title === 'Students · Conferring Clipboard');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Students');
    // *Asked* confirms where she tapped it.
    await page.getByRole('button', { name: 'Sign up Ben Okafor: asked for a conference' }).tap();
    await page.getByRole('status').filter({ hasText: '✓ Signed up' }).waitFor();

    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    await sheet.field('Note').fill('Talked about her lead');
    await page.keyboard.press('Escape');
    await sheet.form().waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Ana Lima', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    await page.getByText('Your unsaved note is back, as you left it.').waitFor();
    expect(await sheet.field('Note').inputValue()).toBe('Talked about her lead');
    await sheet.field('Teaching point').fill('Reread the lead aloud');
    await page.keyboard.press('Control+Enter');
    await sheet.form().waitFor({ state: 'detached' });
    await page
      .getByRole('list', { name: 'Conference timeline' })
      .getByText('Teaching point: Reread the lead aloud')
      .waitFor();
    await context.close();
  }, 60_000);
});
