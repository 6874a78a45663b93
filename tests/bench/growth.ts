// Does a screen grow with the number of notes? One class of 30 students holding 600, 3,000, 20,000 and
// 100,000 conferences, each size in a fresh iPad context of desktop Chromium against the real build: the
// time to open the class record (the landing screen) and Search, from the tap on its link to its content
// in the DOM and a frame drawn. A screen that does not grow stays within 1.5x of its 600-note time.
import { addDays } from 'date-fns';
import type { Page } from 'playwright-core';
import {
  type ClassRecord,
  type ConferenceRecord,
  noteTextOf,
  type StudentRecord,
} from '../../src/data/index.ts';
import { launchBrowser, newIpad, seed, startAppServer } from '../e2e/harness.ts';
import { timeTap } from './conferring.ts';
import { benchConference } from './dataset.ts';
import { percentile, report } from './table.ts';

const SIZES = [600, 3_000, 20_000, 100_000];
const RUNS = 7;

function oneClass(notes: number, now = new Date()) {
  const base = { deleted: 0 as const, _clock: {} };
  const klass: ClassRecord = {
    ...base,
    id: 'class-growth',
    name: 'Room 12 Writers',
    gradeBand: '3-8',
    schoolYear: '2026-2027',
    archived: 0,
    position: 0,
  };
  const students: StudentRecord[] = Array.from({ length: 30 }, (_, s) => ({
    ...base,
    id: `student-${String(s).padStart(2, '0')}`,
    classId: klass.id,
    name: `Student ${String(s).padStart(2, '0')}`,
    archived: 0,
    position: s,
  }));
  // Spread over as many school days back as it takes at ~30 conferences a day, the newest today.
  const days = Math.ceil(notes / 30);
  const conferences: ConferenceRecord[] = Array.from({ length: notes }, (_, k) => {
    const at = addDays(now, -days + Math.floor(k / 30));
    at.setHours(9, k % 60);
    return benchConference({
      id: `conf-${String(k).padStart(7, '0')}`,
      classId: klass.id,
      studentIds: [students[k % 30]?.id as string],
      at: at.toISOString(),
      teachingPoint: `Teaching point ${k}: stretch the most important part`,
      note: `Conference ${k}: she reread her lead aloud and found where the story starts.`,
    });
  });
  return { klass, students, conferences };
}

/**
 * On Search, the first keystroke in Words (one letter, as she starts typing), timed from its keydown to
 * the first results painted (the newest notes' matches, the top of the answer) and to the whole answer
 * painted (every note of the class read and matched, the count final). The box is emptied after, so each
 * run is a first search again.
 */
async function timeFirstKeystroke(page: Page, letter: string): Promise<{ first: number; all: number }> {
  const words = page.getByRole('searchbox', { name: 'Words' });
  await words.focus();
  // The expression's value is `true`, not the promise: evaluate would wait for the promise (and so never press).
  await page.evaluate(`(window.__searched = new Promise((resolve) => {
    let start = 0;
    let first = 0;
    const status = () => document.querySelector('form[aria-label="Filters"] ~ p[role=status]')?.textContent ?? '';
    const observer = new MutationObserver(() => {
      if (!start) return;
      const now = status();
      if (!first && /^(\\d+ notes? among|\\d+ notes?\\b|No notes match)/.test(now)) {
        requestAnimationFrame(() => { first = performance.now() - start; });
      }
      if (/^(\\d+ notes?(, newest \\d+ shown)?|No notes match\\.)$/.test(now)) {
        observer.disconnect();
        requestAnimationFrame(() => resolve({ first: first || performance.now() - start, all: performance.now() - start }));
      }
    });
    document.addEventListener('keydown', () => {
      start = performance.now();
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, { capture: true, once: true });
  })), true`);
  await page.keyboard.press(letter);
  const time = (await page.evaluate('window.__searched')) as { first: number; all: number };
  await words.fill('');
  await page.getByText(/^The newest|^\d+ notes?$|^No notes/).waitFor();
  return time;
}

/** Opens a screen through a link, as a tap would, and times it to its content on screen. */
async function open(page: Page, href: string, selector: string): Promise<number> {
  await page.evaluate((to) => {
    document.getElementById('bench-link')?.remove();
    const link = document.createElement('a');
    link.id = 'bench-link';
    link.href = to;
    link.textContent = ' ';
    document.body.append(link);
  }, href);
  return timeTap(page, '#bench-link', selector);
}

export async function benchGrowth(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const rows: { notes: number; record: number[]; search: number[]; word: number[]; whole: number[] }[] = [];
  try {
    for (const notes of SIZES) {
      const context = await newIpad(browser);
      const page = await context.newPage();
      page.on('crash', () => console.log(`  the page crashed at ${notes.toLocaleString('en-US')} notes`));
      await page.goto(`${server.url}/settings`);
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
      const data = oneClass(notes);
      await seed(page, 'classes', [data.klass]);
      await seed(page, 'students', data.students);
      await seed(page, 'conferences', data.conferences);
      // What the app keeps beside each note it writes (data/noteText.ts): Search's folded words.
      await seed(page, 'noteText', data.conferences.map(noteTextOf));
      await page.reload();
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      const record: number[] = [];
      const search: number[] = [];
      const word: number[] = [];
      const whole: number[] = [];
      for (let i = 0; i < RUNS + 1; i++) {
        const r = await open(page, '/', 'ul[aria-label="Class record"] li');
        await page.waitForTimeout(200);
        const s = await open(page, '/search', 'form[aria-label="Filters"]');
        await page.waitForTimeout(200);
        const w = await timeFirstKeystroke(page, 'abcdefghijklmnopqrstuvwxyz'[i] as string);
        await page.waitForTimeout(200);
        await open(page, '/settings', 'h1#settings-title');
        await page.waitForTimeout(200);
        // The first round warms the chunks and the caches; it is not counted.
        if (i > 0) {
          record.push(r);
          search.push(s);
          word.push(w.first);
          whole.push(w.all);
        }
      }
      rows.push({ notes, record, search, word, whole });
      console.log(`  (${notes.toLocaleString('en-US')} notes measured)`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const first = rows[0] as (typeof rows)[number];
  const median = (samples: number[]) => percentile(samples, 50);
  console.log(
    `\nGrowth: one class of 30 students, desktop Chromium, iPad viewport, median of ${RUNS} after a warm-up:`,
  );
  const columns = [
    'class record',
    'x 600',
    'Search opens',
    'x 600',
    'keystroke: first',
    'x 600',
    'every note',
    'x 600',
  ];
  console.log(`  ${'notes in the class'.padEnd(20)} ${columns.map((c) => c.padStart(16)).join('')}`);
  for (const r of rows)
    console.log(
      `  ${r.notes.toLocaleString('en-US').padEnd(20)} ${[r.record, r.search, r.word, r.whole]
        .flatMap((samples, k) => {
          const base = median([first.record, first.search, first.word, first.whole][k] as number[]);
          return [`${median(samples).toFixed(1)} ms`, (median(samples) / base).toFixed(2)];
        })
        .map((c) => c.padStart(16))
        .join('')}`,
    );
  // No screen grows with the notes: each size against 600, in the same run.
  for (const r of rows.slice(1)) {
    const size = `${r.notes.toLocaleString('en-US')} notes in a class`;
    const floor = (samples: number[]) => ({ what: '600 notes', samples });
    // The issue's goal: within 1.5x between 600 and 20,000 notes (3,000 and 100,000 are shown beside it).
    const goal = r.notes === 20_000 ? { on: 'ratio' as const, atMost: 1.5 } : undefined;
    report({
      what: `class record opens, ${size}`,
      unit: 'ms',
      samples: r.record,
      floor: floor(first.record),
      goal,
    });
    report({
      what: `Search opens, ${size}`,
      unit: 'ms',
      samples: r.search,
      floor: floor(first.search),
      goal,
    });
    report({
      what: `Search, first keystroke → first results painted, ${size}`,
      unit: 'ms',
      samples: r.word,
      floor: floor(first.word),
    });
    report({
      what: `Search, first keystroke → every note searched, count painted, ${size}`,
      unit: 'ms',
      samples: r.whole,
      floor: floor(first.whole),
    });
  }
}
