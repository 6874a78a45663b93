// The weight of the app shell: what index.html makes the iPad download and parse before the first screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from './table.ts';

export const JS_BUDGET_BYTES = 60 * 1024;

export function gzipped(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function measureBundle(distDir = 'dist') {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
    ...html.matchAll(/rel="modulepreload"[^>]*href="\/([^"]+)"/g),
  ].map((m) => m[1] as string);
  const styles = [...html.matchAll(/rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)].map((m) => m[1] as string);
  const js = scripts.reduce((sum, file) => sum + gzipped(join(distDir, file)), 0);
  const css = styles.reduce((sum, file) => sum + gzipped(join(distDir, file)), 0);
  return { scripts, styles, js, css };
}

export function printBundle(): void {
  const { scripts, styles, js, css } = measureBundle();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('App shell, gzipped (level 9), as loaded by index.html:');
  console.log(
    `  JS   ${kb(js).padStart(9)}  (${scripts.join(', ')})  goal <= ${kb(JS_BUDGET_BYTES)}: ${js <= JS_BUDGET_BYTES ? 'met' : 'MISSED'}`,
  );
  report({
    what: 'app shell JS, gzipped, as index.html loads it',
    unit: 'KB',
    samples: [js / 1024],
    goal: { on: 'median', atMost: JS_BUDGET_BYTES / 1024 },
  });
  console.log(`  CSS  ${kb(css).padStart(9)}  (${styles.join(', ')})`);
}
