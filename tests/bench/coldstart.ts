// A cold start, honestly: the installed app on a device that holds five years (30,000 conferences), the
// sync server stopped, and each run a new browser process on the same profile, so nothing is warm but the
// disk. From the navigation to the moment the 9-kid grid answers a tap (the quick-log sheet is in the DOM
// after a tap on a box), served by the service worker alone. Also with the CPU slowed 4x (Chromium's
// throttling), for an older iPad.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { startServer } from '../../src/server/serve.ts';
import { CHROMIUM, IPAD_LANDSCAPE } from '../e2e/harness.ts';
import { seedFiveYears } from './conferring.ts';
import { type Figure, report, table } from './table.ts';

const RUNS = 8;

/** A new browser process on `profile`, as the iPad's home-screen app (service workers on). */
export function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...CHROMIUM,
    viewport: IPAD_LANDSCAPE,
    hasTouch: true,
    isMobile: true,
    serviceWorkers: 'allow',
  });
}

/** One cold start: a new browser process, then the time until a tap on a box has opened the sheet. */
export async function once(profile: string, url: string, throttle: number): Promise<number> {
  const context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${url}/week`, { waitUntil: 'commit' });
    // As soon as a box is there, tap it; the start is over when the sheet is up.
    return await page.evaluate(`new Promise((resolve) => {
      const sheet = () => document.querySelector('form.sheet');
      const step = () => {
        const box = document.querySelector('.nine-kid-grid a.box-main');
        if (box && !window.__tapped) { window.__tapped = true; box.click(); }
        if (sheet()) return resolve(performance.now());
        requestAnimationFrame(step);
      };
      step();
    })`);
  } finally {
    await context.close();
  }
}

/**
 * The app of `distDir` installed in a new browser profile holding five years, as a teacher's iPad would
 * hold them; the server is stopped before this returns (the service worker serves the app from then on).
 */
export async function installed(distDir = 'dist'): Promise<{ profile: string; url: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: resolve(distDir),
    dataDir: mkdtempSync(join(tmpdir(), 'bench-cold-data-')),
  });
  try {
    const context = await launch(profile);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/week`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await seedFiveYears(page);
    await page.reload();
    await page.getByRole('list', { name: '9-kid grid' }).waitFor();
    await context.close();
  } finally {
    await server.close();
  }
  return { profile, url: server.url };
}

export async function benchColdStart(): Promise<void> {
  const { profile, url } = await installed();
  const plain: number[] = [];
  const slow: number[] = [];
  await once(profile, url, 1); // warms the disk cache, as a device that has opened the app before
  for (let i = 0; i < RUNS; i++) plain.push(await once(profile, url, 1));
  for (let i = 0; i < RUNS; i++) slow.push(await once(profile, url, 4));
  const figures: Figure[] = [
    {
      what: 'cold start, offline: navigation → the grid answers a tap (sheet up)',
      unit: 'ms',
      samples: plain,
      goal: { on: 'median', atMost: 400 },
    },
    {
      what: 'the same, CPU slowed 4x',
      unit: 'ms',
      samples: slow,
      goal: { on: 'median', atMost: 1200 },
    },
  ];
  for (const figure of figures) report(figure);
  console.log(
    `\nCold start (new browser process each run, server stopped, 30,000 conferences, ${RUNS} runs after one):\n`,
  );
  console.log(table(figures));
}
