// Where a cold start's time goes: the same cold start as coldstart.ts (a new browser process on an
// installed profile holding five years, the server stopped), timed at each milestone the page records —
// its navigation and resource timing and the marks the app sets on the way (main.tsx, data/store.ts,
// public/warm.js, the week's `nine-kid-grid-ready`) — printed as medians over the runs, in order.
// Not part of `npm run bench` (it prints no goal); run it when the cold start is the question:
//   npm run build && node --import tsx tests/bench/coldstart-phases.ts   [RUNS=7] [THROTTLE=1] [DIST=dist]
import { installed, launch } from './coldstart.ts';
import { percentile } from './table.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const THROTTLE = Number(process.env.THROTTLE ?? 1);

/** Each milestone's name, and what it is, in the order a start passes them. */
const MILESTONES: Record<string, string> = {
  navigation: 'index.html answered (by the service worker)',
  warmStart: 'warm.js asks for the database',
  shellFetched: 'the shell’s scripts fetched',
  shellEvaluated: 'the shell’s modules evaluated (main.tsx runs)',
  firstRender: 'first render starts',
  weekCode: 'the week screen’s code asked for',
  warmOpen: 'warm.js’s open answered',
  databaseOpen: 'the app’s database open (Dexie ready)',
  privacyRead: 'privacy settings read (the cover can lift)',
  classRead: 'the class on screen read',
  weekRead: 'this week’s grid read',
  gridReady: 'the 9-kid grid drawn with its data',
  tap: 'the first box tapped',
  sheetCode: 'the sheet’s code asked for',
  sheetCodeFetched: 'the sheet’s code fetched',
  sheetUp: 'the sheet in the page',
};

async function once(profile: string, url: string): Promise<Record<string, number>> {
  const context = await launch(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (THROTTLE > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    }
    await page.goto(`${url}/week`, { waitUntil: 'commit' });
    // The page's own code is a string: tsx would wrap inner functions in `__name`, which the page lacks.
    return (await page.evaluate(`new Promise((resolve) => {
      let tap = 0;
      const step = () => {
        const box = document.querySelector('.nine-kid-grid a.box-main');
        if (box && !tap) { tap = performance.now(); box.click(); }
        if (!document.querySelector('form.sheet')) return requestAnimationFrame(step);
        const up = performance.now();
        const resources = performance.getEntriesByType('resource');
        const first = (re) => Math.min(...resources.filter((e) => re.test(e.name)).map((e) => e.startTime));
        const last = (re) => Math.max(...resources.filter((e) => re.test(e.name)).map((e) => e.responseEnd));
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        resolve({
          navigation: performance.getEntriesByType('navigation')[0].responseEnd,
          warmStart: mark('database-warm-start'),
          shellFetched: last(/\\/assets\\/index-.*\\.js$/),
          shellEvaluated: mark('shell-evaluated'),
          firstRender: mark('first-render'),
          weekCode: first(/ThisWeekScreen-.*\\.js$/),
          warmOpen: mark('database-warm-open'),
          databaseOpen: mark('database-open'),
          privacyRead: mark('privacy-read'),
          classRead: mark('class-read'),
          weekRead: mark('week-read'),
          gridReady: mark('nine-kid-grid-ready'),
          tap,
          sheetCode: first(/ConferenceSheet-.*\\.js$/),
          sheetCodeFetched: last(/ConferenceSheet-.*\\.js$/),
          sheetUp: up,
        });
      };
      step();
    })`)) as Record<string, number>;
  } finally {
    await context.close();
  }
}

const { profile, url } = await installed(process.env.DIST ?? 'dist');
await once(profile, url); // warms the disk, as coldstart.ts does
const runs: Record<string, number>[] = [];
for (let i = 0; i < RUNS; i++) runs.push(await once(profile, url));
console.log(
  `\nCold start by milestone, ms from the navigation (CPU ${THROTTLE}x, ${RUNS} runs; median, then min–max):\n`,
);
console.log('| milestone | median | min–max |\n| --- | --- | --- |');
for (const [key, what] of Object.entries(MILESTONES)) {
  const values = runs.map((r) => r[key] as number).filter((v) => Number.isFinite(v));
  if (values.length === 0) {
    console.log(`| ${what} | — | not reached |`);
    continue;
  }
  console.log(
    `| ${what} | ${percentile(values, 50).toFixed(0)} | ${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} |`,
  );
}
