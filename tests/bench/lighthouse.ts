// Lighthouse 12 (mobile) on the built app served by the compiled server, first load: its performance,
// accessibility and best-practices scores, as regression bars in the table. Lighthouse is not a
// dependency of the project: it is fetched by npx the first time (the npm registry), and drives Debian's
// Chromium (CHROME_PATH). Where it cannot run, the section says so and adds no row.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../src/server/serve.ts';
import { CHROMIUM } from '../e2e/harness.ts';
import { type Figure, report, table } from './table.ts';

const GOALS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

export async function benchLighthouse(): Promise<void> {
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    distDir: resolve('dist'),
    dataDir: mkdtempSync(join(tmpdir(), 'bench-lighthouse-')),
  });
  const out = join(mkdtempSync(join(tmpdir(), 'bench-lighthouse-report-')), 'report.json');
  try {
    const code = await new Promise<number>((done) => {
      const child = spawn(
        'npx',
        [
          '--yes',
          'lighthouse@12',
          `${server.url}/`,
          '--form-factor=mobile',
          '--output=json',
          `--output-path=${out}`,
          '--quiet',
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
          '--only-categories=performance,accessibility,best-practices',
        ],
        {
          env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath },
          stdio: ['ignore', 'ignore', 'inherit'],
        },
      );
      child.on('exit', (status) => done(status ?? 1));
      child.on('error', () => done(1));
    });
    if (code !== 0) {
      console.log('\nLighthouse could not run here (npx lighthouse@12 failed): no row.');
      return;
    }
    const { categories } = JSON.parse(readFileSync(out, 'utf8')) as {
      categories: Record<keyof typeof GOALS, { score: number }>;
    };
    const figures: Figure[] = (Object.keys(GOALS) as (keyof typeof GOALS)[]).map((name) => ({
      what: `Lighthouse 12, mobile, first load: ${name}`,
      unit: 'score',
      samples: [Math.round(100 * categories[name].score)],
      goal: { on: 'median', atLeast: GOALS[name] },
    }));
    for (const figure of figures) report(figure);
    console.log('\nLighthouse (mobile, simulated slow 4G, first load):\n');
    console.log(table(figures));
  } finally {
    await server.close();
  }
}
