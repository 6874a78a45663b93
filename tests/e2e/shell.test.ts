// The shell a teacher sees: five places, big targets, both orientations, light and dark, Settings facts.
import { describe, expect, it } from 'vitest';
import { IPAD_LANDSCAPE, IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { AppShell } from './pages.ts';

const env = useAppAndBrowser();

const TABS = ['Class', 'This week', 'Students', 'Goals', 'Settings'];
const EMPTY = {
  Class: 'Create your first class',
  'This week': 'No class yet',
  Students: 'No class yet',
  Goals: 'No class yet',
  Settings: 'Storage on this device',
};

describe('app shell', () => {
  it('every tab opens its screen with its empty state, and each tab is a 44 pt target', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const app = new AppShell(page);
    await app.open(env.url());
    for (const name of TABS) {
      const tab = app.tab(name);
      await tab.tap();
      await page.getByRole('heading', { name: EMPTY[name as keyof typeof EMPTY] }).waitFor();
      expect(await tab.getAttribute('aria-current')).toBe('page');
      const box = await tab.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }
    await context.close();
  });

  it('puts the tabs at the bottom in portrait and on the left in landscape', async () => {
    const context = await newIpad(env.browser(), { viewport: IPAD_PORTRAIT });
    const page = await context.newPage();
    await new AppShell(page).open(env.url());
    const nav = page.getByRole('navigation', { name: 'Main' });
    const portrait = await nav.boundingBox();
    expect(portrait && portrait.y + portrait.height).toBeCloseTo(IPAD_PORTRAIT.height, -1);
    expect(portrait?.width).toBe(IPAD_PORTRAIT.width);
    await page.setViewportSize(IPAD_LANDSCAPE);
    const landscape = await nav.boundingBox();
    expect(landscape?.x).toBe(0);
    expect(landscape?.height).toBeGreaterThanOrEqual(IPAD_LANDSCAPE.height - 1);
    await context.close();
  });

  it('follows the system dark mode', async () => {
    const context = await newIpad(env.browser(), { colorScheme: 'dark' });
    const page = await context.newPage();
    await new AppShell(page).open(env.url());
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(20, 26, 24)');
    await context.close();
  });

  it('shows whether storage is persistent and how much is used', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await new AppShell(page).open(env.url(), '/settings');
    const persisted = page.getByTestId('persisted');
    await persisted.waitFor();
    await page.waitForFunction(() => !document.body.textContent?.includes('Space usedUnknown'));
    // Chromium's own answer, in words (this context is no iPad to the app: one touch point).
    await page.waitForFunction(() =>
      /^This browser has (agreed|not agreed)/.test(
        document.querySelector('[data-testid="persisted"]')?.textContent ?? '',
      ),
    );
    const agreed = await page.evaluate(() => navigator.storage.persisted());
    expect(await persisted.textContent()).toMatch(
      agreed ? /^This browser has agreed to keep/ : /^This browser has not agreed: /,
    );
    expect(await page.locator('.facts').textContent()).toMatch(
      /Space used[\d.]+ MB of about [\d.]+ MB available/,
    );
    await context.close();
  });

  it('serves the web manifest and icons an iPad needs to install the app', async () => {
    const manifest = await (await fetch(`${env.url()}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      name: 'Conferring Clipboard',
      short_name: 'Conferring',
      display: 'standalone',
    });
    const purposes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
    expect(purposes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const path of [
      '/icons/icon-192.png',
      '/icons/icon-512.png',
      '/icons/maskable-512.png',
      '/icons/apple-touch-icon.png',
    ]) {
      const response = await fetch(`${env.url()}${path}`);
      expect(response.headers.get('content-type')).toBe('image/png');
    }
    const html = await (await fetch(env.url())).text();
    expect(html).toContain('rel="apple-touch-icon"');
    expect(html).toContain('name="apple-mobile-web-app-capable"');
  });
});
