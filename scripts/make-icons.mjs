// Renders public/icons/icon.svg to the PNG sizes the manifest and iPad need, with Debian's Chromium.
// Run once after changing the SVG: node scripts/make-icons.mjs (the PNGs are committed).
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
// maskable: full-bleed background, artwork inside the 80 % safe zone.
const targets = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
  { file: 'maskable-512.png', size: 512, maskable: true },
];
for (const { file, size, maskable } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  await page.setContent(`<html><body style="margin:0;background:${maskable ? '#2f5d50' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
    <img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body></html>`);
  await writeFile(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: !maskable }));
}
await browser.close();
console.log('icons written');
