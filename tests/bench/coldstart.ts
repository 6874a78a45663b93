// A cold start, honestly: the installed app on a device that holds five years (30,000 conferences), the
// sync server stopped, and each run a new browser process on the same profile, so nothing is warm but the
// disk. From the navigation to the 9-kid grid drawn with its children, served by the service worker
// alone, against its floor measured in the same run: a page of the same build, served by the same worker,
// that opens the same database, reads the class on screen and this week's grid, and draws the nine names
// (tests/bench/floor). App and floor runs alternate; the ratio is the median of the pairs' ratios. Also
// with the CPU slowed 4x (Chromium's throttling), for an older iPad, and to the moment a tap on a box has
// opened its sheet.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { startServer } from '../../src/server/serve.ts';
import { CHROMIUM, IPAD_LANDSCAPE } from '../e2e/harness.ts';
import { seedFiveYears } from './conferring.ts';
import { type Figure, report, table } from './table.ts';

const RUNS = 8;
/** The build with the floor page (`vite build --mode bench`, which `npm run bench` makes). */
export const BENCH_DIST = 'dist-bench';

/** What a start waits for: the app's grid with its nine children, the floor's nine names, or a sheet. */
type Until = 'grid' | 'floor' | 'sheet';
const PATHS: Record<Until, string> = { grid: '/week', floor: '/tests/bench/floor/', sheet: '/week' };

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

/**
 * One cold start: a new browser process, then the time (from the navigation) until the first animation
 * frame that finds `until` in the page: nine children in the grid's boxes, nine names on the floor page,
 * or the quick-log sheet after a tap on a box.
 */
export async function once(
  profile: string,
  url: string,
  throttle: number,
  until: Until = 'sheet',
): Promise<number> {
  const context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${url}${PATHS[until]}`, { waitUntil: 'commit' });
    return await page.evaluate(`new Promise((resolve) => {
      const until = ${JSON.stringify(until)};
      const done = () => {
        if (until === 'floor') return document.querySelectorAll('#floor li').length >= 9;
        if (until === 'grid') return document.querySelectorAll('.nine-kid-grid a.box-main').length >= 9;
        const box = document.querySelector('.nine-kid-grid a.box-main');
        if (box && !window.__tapped) { window.__tapped = true; box.click(); }
        return !!document.querySelector('form.sheet');
      };
      const step = () => (done() ? resolve(performance.now()) : requestAnimationFrame(step));
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
export async function installed(distDir = BENCH_DIST): Promise<{ profile: string; url: string }> {
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

/** App and floor cold starts, alternating, at one CPU speed: the app's times, the floor's, and the sheet's. */
async function pairs(profile: string, url: string, throttle: number) {
  const app: number[] = [];
  const floor: number[] = [];
  const sheet: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    app.push(await once(profile, url, throttle, 'grid'));
    floor.push(await once(profile, url, throttle, 'floor'));
    sheet.push(await once(profile, url, throttle, 'sheet'));
  }
  return { app, floor, sheet };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function benchColdStart(): Promise<void> {
  const { profile, url } = await installed();
  await once(profile, url, 1, 'grid'); // warms the disk cache, as a device that has opened the app before
  await once(profile, url, 1, 'floor');
  const figures: Figure[] = [];
  for (const throttle of [1, 4]) {
    const { app, floor, sheet } = await pairs(profile, url, throttle);
    const slowed = throttle > 1 ? `, CPU slowed ${throttle}x` : '';
    const ratios = app.map((a, i) => a / (floor[i] as number));
    figures.push(
      {
        what: `cold start, offline: navigation → 9-kid grid drawn with its children${slowed}`,
        unit: 'ms',
        samples: app,
        floor: {
          what: 'a page of the same worker: open, read class and week, draw nine names',
          samples: floor,
        },
      },
      {
        what: `cold start ÷ its floor, median of ${RUNS} alternating pairs${slowed}`,
        unit: 'x',
        samples: ratios,
        goal: { on: 'median', atMost: 1.2 },
      },
      {
        what: `cold start to a tap answered (sheet up)${slowed}`,
        unit: 'ms',
        samples: sheet,
      },
    );
    console.log(
      `cold start${slowed}: app ${median(app).toFixed(0)} ms, floor ${median(floor).toFixed(0)} ms, pair ratio ${median(ratios).toFixed(2)}`,
    );
  }
  for (const figure of figures) report(figure);
  console.log(
    `\nCold start (new browser process each run, server stopped, 30,000 conferences, ${RUNS} runs after one):\n`,
  );
  console.log(table(figures));
}
