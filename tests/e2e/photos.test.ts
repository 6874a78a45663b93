// Photos of the writing: Add a photo offers the camera or the library (no `capture` attribute, which
// makes iPad Safari open the camera only), several at once; full size shows the whole page in either
// orientation, a portrait page in landscape too, and Actual size shows it pixel for pixel.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPAD_LANDSCAPE, IPAD_PORTRAIT, newIpad, useAppAndBrowser } from './harness.ts';
import { ConferenceSheetPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();

/** A JPEG of a page of writing, made in the browser. */
async function jpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w as number;
      canvas.height = h as number;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.fillStyle = '#223';
      for (let y = 60; y < canvas.height; y += 60) ctx.fillRect(40, y, canvas.width - 80, 6);
      const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b as Blob), 'image/jpeg', 0.8));
      return Array.from(new Uint8Array(await blob.arrayBuffer()));
    },
    [width, height],
  );
  return Buffer.from(bytes);
}

/** The full-size photo's drawn box, the window's size, and the photo's own pixel size. */
async function fullSizeBox(page: Page) {
  const img = page.getByRole('dialog').getByRole('img');
  await page.waitForFunction(() => {
    const shown = document.querySelector<HTMLImageElement>('dialog[open] img');
    return !!shown && shown.complete && shown.naturalWidth > 0;
  });
  return img.evaluate((element) => {
    const image = element as HTMLImageElement;
    const box = image.getBoundingClientRect();
    return {
      left: box.left,
      top: box.top,
      right: box.right,
      bottom: box.bottom,
      width: box.width,
      height: box.height,
      viewWidth: window.innerWidth,
      viewHeight: window.innerHeight,
      ratio: image.naturalWidth / image.naturalHeight,
    };
  });
}

describe('photos of the writing', () => {
  it('offers camera or library, and full size shows the whole page in both orientations', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const sheet = new ConferenceSheetPage(page);
    const input = sheet.form().locator('input[type=file]');
    // No capture attribute: iPad Safari then offers Take Photo and Photo Library.
    expect(await input.getAttribute('capture')).toBeNull();
    expect(await input.getAttribute('accept')).toBe('image/*');
    expect(await input.evaluate((el) => (el as HTMLInputElement).multiple)).toBe(true);

    // A page photographed upright (tall) and one turned sideways (wide), chosen together.
    await input.setInputFiles([
      { name: 'tall.jpg', mimeType: 'image/jpeg', buffer: await jpeg(page, 1200, 1600) },
      { name: 'wide.jpg', mimeType: 'image/jpeg', buffer: await jpeg(page, 1600, 1200) },
    ]);
    const cases = [
      { photo: 'New photo 1', viewport: IPAD_LANDSCAPE, ratio: 0.75 },
      { photo: 'New photo 2', viewport: IPAD_PORTRAIT, ratio: 4 / 3 },
      { photo: 'New photo 1', viewport: IPAD_PORTRAIT, ratio: 0.75 },
      { photo: 'New photo 2', viewport: IPAD_LANDSCAPE, ratio: 4 / 3 },
    ];
    for (const { photo, viewport, ratio } of cases) {
      await page.setViewportSize(viewport);
      await sheet
        .form()
        .getByRole('button', { name: `${photo}, open full size` })
        .tap();
      const box = await fullSizeBox(page);
      const where = `${photo} at ${viewport.width}x${viewport.height}`;
      // The whole photo inside the screen, not cut at the bottom or the side, its shape kept.
      expect(box.left, where).toBeGreaterThanOrEqual(0);
      expect(box.top, where).toBeGreaterThanOrEqual(0);
      expect(box.right, where).toBeLessThanOrEqual(box.viewWidth + 0.5);
      expect(box.bottom, where).toBeLessThanOrEqual(box.viewHeight + 0.5);
      expect(box.ratio).toBeCloseTo(ratio, 2);
      expect(box.width / box.height, where).toBeCloseTo(ratio, 1);
      // And as big as the screen allows: it fills the width or the height left under the bar.
      expect(Math.max(box.width / box.viewWidth, box.height / box.viewHeight), where).toBeGreaterThan(0.9);
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).tap();
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }

    // Actual size: pixel for pixel, larger than the screen, and it scrolls.
    await page.setViewportSize(IPAD_LANDSCAPE);
    await sheet.form().getByRole('button', { name: 'New photo 1, open full size' }).tap();
    await fullSizeBox(page);
    const actual = page.getByRole('dialog').getByRole('button', { name: 'Actual size' });
    await actual.tap();
    expect(await actual.getAttribute('aria-pressed')).toBe('true');
    const zoomed = await fullSizeBox(page);
    expect(zoomed.height).toBe(1600);
    expect(
      await page.locator('dialog[open] .photo-full-view').evaluate((v) => v.scrollHeight > v.clientHeight),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await sheet.save();
    await context.close();
  }, 60_000);
});
