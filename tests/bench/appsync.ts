// Sync through the app itself, in Chromium, device to device: an iPad comes back online holding about
// 1,000 changes it made offline (67 conferences, each record and its 15 outbox changes, as the data layer
// stores them), and a laptop on the same account picks them up. Timed from "Sync now" on the iPad until
// its outbox is empty, then from "Sync now" on the laptop until every conference is stored there.
import type { Page } from 'playwright-core';
import { launchBrowser, newIpad, seed, startAppServer } from '../e2e/harness.ts';
import { benchConference } from './dataset.ts';
import { type Figure, report, table } from './table.ts';

const CONFERENCES = 67;

/** A record's fields as the device made them: its stamps come from `stamp` below. */
const withoutClock = <T extends { _clock: unknown }>({ _clock, ...fields }: T) => fields;
const RUNS = 3;
const PASSWORD = 'a long bench password';

async function signIn(page: Page, url: string, email: string, create: boolean) {
  await page.goto(`${url}/settings`);
  const form = page.getByRole('form', { name: 'Sync account' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByLabel('Password').fill(PASSWORD);
  await form.getByRole('button', { name: create ? 'Create account' : 'Sign in' }).click();
  await page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
}

/** Clicks Sync now and resolves, in page time, when `done` holds (polled each frame). */
function timeSync(page: Page, done: string): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Sync now');
    const start = performance.now();
    button.click();
    const check = async () => {
      if (await (${done})()) return resolve(performance.now() - start);
      setTimeout(check, 5);
    };
    check();
  })`);
}

/** An in-page check over the app's IndexedDB: the count of a store. */
const countIs = (store: string, expected: string) => `async () => new Promise((resolve) => {
  const open = indexedDB.open('conferring-clipboard');
  open.onsuccess = () => {
    const request = open.result.transaction('${store}').objectStore('${store}').count();
    request.onsuccess = () => { open.result.close(); resolve(request.result ${expected}); };
  };
})`;

export async function benchAppSync(): Promise<void> {
  const server = await startAppServer();
  const browser = await launchBrowser();
  const push: number[] = [];
  const pull: number[] = [];
  let changes = 0;
  try {
    for (let run = 0; run < RUNS; run++) {
      const ipadContext = await newIpad(browser);
      const laptopContext = await newIpad(browser);
      const ipad = await ipadContext.newPage();
      const laptop = await laptopContext.newPage();
      const email = `bench-${run}-${Date.now()}@school.org`;
      await ipad.goto(`${server.url}/settings`);
      await ipad.waitForFunction(() => navigator.serviceWorker?.controller !== null);
      await signIn(ipad, server.url, email, true);
      await signIn(laptop, server.url, email, false);
      // What the iPad made offline: the class, its student, 67 conferences, and their outbox changes.
      const hlc = (n: number) =>
        `${new Date(Date.now() - 60_000).toISOString()}-${n.toString(16).padStart(4, '0')}-00000000000000e1`;
      let n = 0;
      const stamp = <T extends object>(table: string, record: T & { id: string }) => {
        const clock: Record<string, string> = {};
        const outbox = Object.entries(record)
          .filter(([field]) => field !== 'id')
          .map(([field, value]) => {
            clock[field] = hlc(++n);
            return { table, row: record.id, field, value, hlc: clock[field], baseHlc: null };
          });
        return { record: { ...record, _clock: clock }, outbox };
      };
      const klass = stamp('classes', {
        id: `bench-class-${run}`,
        name: 'Room 12',
        gradeBand: '3-8',
        schoolYear: '2026-2027',
        archived: 0,
        position: 0,
        deleted: 0,
      });
      const student = stamp('students', {
        id: `bench-student-${run}`,
        classId: klass.record.id,
        name: 'Ana Lima',
        archived: 0,
        position: 0,
        deleted: 0,
      });
      const conferences = Array.from({ length: CONFERENCES }, (_, k) =>
        stamp(
          'conferences',
          withoutClock(
            benchConference({
              id: `bench-conf-${run}-${k}`,
              classId: klass.record.id,
              studentIds: [student.record.id],
              at: new Date(Date.now() - k * 60_000).toISOString(),
              teachingPoint: `Teaching point ${k}`,
              note: `Conference ${k}`,
            }),
          ),
        ),
      );
      const all = [klass, student, ...conferences];
      changes = all.reduce((sum, s) => sum + s.outbox.length, 0);
      await seed(ipad, 'classes', [klass.record]);
      await seed(ipad, 'students', [student.record]);
      await seed(
        ipad,
        'conferences',
        conferences.map((c) => c.record),
      );
      await seed(
        ipad,
        'outbox',
        all.flatMap((s) => s.outbox),
      );
      await ipad.reload();
      await ipad.getByRole('button', { name: 'Sync now' }).waitFor();
      push.push(await timeSync(ipad, countIs('outbox', '=== 0')));
      await laptop.goto(`${server.url}/settings`);
      await laptop.getByRole('button', { name: 'Sync now' }).waitFor();
      pull.push(await timeSync(laptop, countIs('conferences', `>= ${CONFERENCES}`)));
      await ipadContext.close();
      await laptopContext.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const together = push.map((p, i) => p + (pull[i] ?? 0));
  const figures: Figure[] = [
    { what: `sync through the app: iPad pushes ${changes} changes, outbox empty`, unit: 'ms', samples: push },
    { what: `sync through the app: laptop stores all ${CONFERENCES} conferences`, unit: 'ms', samples: pull },
    {
      what: `sync through the app, ${changes} changes device to device`,
      unit: 'ms',
      samples: together,
      goal: { on: 'median', atMost: 1000 },
    },
  ];
  for (const figure of figures) report(figure);
  console.log(`\nSync through the app, desktop Chromium, two devices on one account (${RUNS} runs):\n`);
  console.log(table(figures));
}
