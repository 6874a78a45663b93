// The one table `npm run bench` ends with: every figure with its goal, its median and spread over the runs
// kept (after a warm-up), and where a floor was measured in the same run, the ratio to it. Sections add
// their figures as they go (report); run.ts prints the table (printTable) and the machine it ran on.
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM } from '../e2e/harness.ts';

export interface Goal {
  /** The statistic the goal is about. */
  on: 'median' | 'p95' | 'ratio';
  /** At most (time, size, ratio) or at least (rates, shares). */
  atMost?: number;
  atLeast?: number;
}

export interface Figure {
  what: string;
  unit: 'ms' | 'KB' | 'req/s' | '% of health' | '%' | 'x' | 'score';
  /** One per run kept (a size measured once has one). */
  samples: number[];
  goal?: Goal;
  /** What the same run measured as the least this work could cost; the ratio is median / floor median. */
  floor?: { what: string; samples: number[] };
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

const figures: Figure[] = [];

export function report(figure: Figure): void {
  figures.push(figure);
}

function number(n: number, unit: Figure['unit']): string {
  const digits = unit === 'req/s' || (unit === 'ms' && n >= 100) ? 0 : 1;
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function unitOf(unit: Figure['unit']): string {
  if (unit === 'score') return '';
  return unit === '% of health' || unit === '%' ? '%' : unit === 'x' ? 'x' : ` ${unit}`;
}

function ratioOf(figure: Figure): number | null {
  return figure.floor ? percentile(figure.samples, 50) / percentile(figure.floor.samples, 50) : null;
}

function verdict(figure: Figure): string {
  const { goal } = figure;
  if (!goal) return '';
  const value =
    goal.on === 'ratio'
      ? (ratioOf(figure) ?? Number.NaN)
      : percentile(figure.samples, goal.on === 'p95' ? 95 : 50);
  const met =
    (goal.atMost === undefined || value <= goal.atMost) &&
    (goal.atLeast === undefined || value >= goal.atLeast);
  const bound = goal.atMost !== undefined ? `≤ ${goal.atMost}` : `≥ ${goal.atLeast}`;
  const unit = goal.on === 'ratio' ? 'x' : unitOf(figure.unit);
  return `${goal.on} ${bound}${unit}: ${met ? 'met' : '**missed**'}`;
}

/** The table, as Markdown (the README shows it as printed). */
export function table(rows: readonly Figure[] = figures): string {
  const lines = [
    '| figure | median | spread (min–max) | runs | floor, same run | ratio | goal |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const f of rows) {
    const u = unitOf(f.unit);
    const median = `${number(percentile(f.samples, 50), f.unit)}${u}`;
    const spread =
      f.samples.length > 1
        ? `${number(Math.min(...f.samples), f.unit)}–${number(Math.max(...f.samples), f.unit)}${u}${f.goal?.on === 'p95' ? ` (p95 ${number(percentile(f.samples, 95), f.unit)})` : ''}`
        : '—';
    const floor = f.floor ? `${f.floor.what}: ${number(percentile(f.floor.samples, 50), f.unit)}${u}` : '';
    const ratio = ratioOf(f);
    lines.push(
      `| ${f.what} | ${median} | ${spread} | ${f.samples.length} | ${floor} | ${ratio === null ? '' : `${ratio.toFixed(1)}x`} | ${verdict(f)} |`,
    );
  }
  return lines.join('\n');
}

export function machine(): string {
  let chromium = 'Chromium';
  try {
    chromium = execFileSync(CHROMIUM.executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // The version is a courtesy; the benches that need Chromium say so themselves.
  }
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}, ${chromium}, ${new Date().toISOString().slice(0, 10)}`;
}

export function printTable(): void {
  console.log(`\nAll figures (${machine()}):\n`);
  console.log(table());
}
