// Goals, small groups, the sign-up queue, the plan and search, as a teacher uses them.
import { describe, expect, it } from 'vitest';
import { IPAD_PORTRAIT, newIpad, seed, useAppAndBrowser } from './harness.ts';
import { AppShell, ConferenceSheetPage, FirstClassForm, RosterPage, setUpClass } from './pages.ts';

const env = useAppAndBrowser();
const NAMES = ['Ana Lima', 'Ben Okafor', 'Carla Diaz', 'Dev Patel', 'Eli Cohen'];
const GOAL = 'Develop repertoire of transitions.';

describe('goals, groups and the queue', () => {
  it('sets a goal for two students, suggests them as a group, logs the group session, and queues a sign-up first', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const { app, roster } = await setUpClass(page, env.url(), NAMES);
    await context.setOffline(true);

    for (const name of ['Ben Okafor', 'Dev Patel']) {
      await roster.open();
      await page.getByRole('link', { name, exact: true }).tap();
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      await page.getByRole('button', { name: 'Goal from the pattern library' }).tap();
      await page.getByRole('searchbox', { name: /^Search patterns/ }).fill('transitions');
      await page
        .getByRole('dialog', { name: 'Pick a goal' })
        .getByRole('button', { name: new RegExp(`Goal: ${GOAL}`) })
        .tap();
      await page.getByRole('list', { name: 'Active goals' }).getByText(GOAL, { exact: true }).waitFor();
    }
    // Dev gets a revisit date that has come, and a typed goal.
    await page.getByRole('textbox', { name: `Revisit “${GOAL}” on` }).fill('2026-01-05');
    await page.getByRole('button', { name: 'Type a goal' }).tap();
    await page.getByRole('textbox', { name: 'Goal', exact: true }).fill('Use the word wall');
    await page.getByRole('button', { name: 'Add goal' }).tap();
    await page
      .getByRole('list', { name: 'Active goals' })
      .getByText('Use the word wall', { exact: true })
      .waitFor();

    await app.tab('Goals').tap();
    await page.getByRole('list', { name: 'Goals to revisit' }).getByText(GOAL, { exact: false }).waitFor();
    const suggestion = page
      .getByRole('list', { name: 'Small-group suggestions' })
      .getByRole('listitem')
      .filter({ hasText: `Goal: ${GOAL}` });
    expect(await suggestion.textContent()).toContain('Ben Okafor, Dev Patel');
    await suggestion
      .getByRole('link', { name: 'Start a small-group session with Ben Okafor, Dev Patel: Paragraphing' })
      .tap();
    const sheet = new ConferenceSheetPage(page);
    await page.getByRole('heading', { name: 'Group conference: Ben Okafor and Dev Patel' }).waitFor();
    // The ONE teaching point she tapped, not the row's whole list.
    expect(await sheet.field('Teaching point').inputValue()).toBe('Paragraphing');
    const linked = sheet.form().getByRole('checkbox', { name: `Ben Okafor: ${GOAL}` });
    expect(await linked.isChecked()).toBe(true);
    await sheet.save();

    for (const name of ['Ben Okafor', 'Dev Patel']) {
      await page.goto(`${env.url()}/students`);
      await page.getByRole('link', { name, exact: true }).tap();
      await page.getByRole('list', { name: 'Conference timeline' }).getByText('group of 2').waitFor();
      const goals = page.getByRole('list', { name: 'Active goals' });
      await goals.getByText('1 conference on this goal', { exact: false }).click();
      await goals
        .getByRole('list', { name: `Conferences on “${GOAL}”` })
        .getByRole('link', { name: /: Paragraphing$/ })
        .waitFor();
    }

    // Eli asks for a conference: first in the queue, with the strategies for "I'm done!".
    await app.tab('This week').tap();
    await page.getByRole('button', { name: 'Add a sign-up' }).tap();
    await page
      .getByRole('dialog', { name: 'Who asked for a conference?' })
      .getByRole('radio', { name: 'Eli Cohen' })
      .tap();
    await page.getByRole('radio', { name: '“I’m done!”' }).tap();
    await page
      .getByText('Strategies to teach: “When you think you’re done, you’ve just begun.”', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Add to the queue' }).tap();
    const queue = page.getByRole('list', { name: 'Who’s next' }).getByRole('link');
    await queue.first().waitFor();
    await page.waitForFunction(() =>
      document.querySelector('.queue a')?.getAttribute('aria-label')?.includes('Eli Cohen'),
    );
    expect(await queue.first().getAttribute('aria-label')).toBe('Log a conference with Eli Cohen, signed up');
    await queue.first().tap();
    await sheet.field('Teaching point').fill('Reread and ask: what else could I say?');
    await sheet.save();
    await page.waitForFunction(
      () => !document.querySelector('.queue a')?.getAttribute('aria-label')?.includes('signed up'),
    );

    // Plan a small group for Tuesday with two children seen today: without the plan they would come
    // last (the never-seen Ana and Carla lead by overdue); planned, they lead the grid proposal.
    await page.getByRole('button', { name: 'Plan a small group' }).tap();
    await page.getByRole('radio', { name: 'Tue' }).tap();
    await page.getByRole('checkbox', { name: 'Eli Cohen' }).tap();
    await page.getByRole('checkbox', { name: 'Ben Okafor' }).tap();
    await page.getByRole('button', { name: 'Add to the plan' }).tap();
    await page.getByRole('list', { name: 'Plan' }).getByText('Small group: Eli Cohen, Ben Okafor').waitFor();
    await page.getByRole('button', { name: 'Make this week’s grid' }).tap();
    await page.locator('.proposal li').first().waitFor();
    expect(await page.locator('.proposal li').allTextContents()).toEqual([
      'Eli Cohen · Seen today',
      'Ben Okafor · Seen today',
      'Ana Lima · Not yet conferred',
      'Carla Diaz · Not yet conferred',
      'Dev Patel · Seen today',
    ]);

    // Search the notes.
    await page.getByRole('link', { name: 'Search notes' }).tap();
    await page.getByRole('searchbox', { name: 'Words' }).fill('paragraphing');
    await page.getByText('1 note', { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: 'Matching notes' }).textContent()).toContain(
      'Ben Okafor, Dev Patel',
    );
    await page.getByRole('searchbox', { name: 'Words' }).fill('');
    await page.getByRole('combobox', { name: 'Student' }).selectOption({ label: 'Eli Cohen' });
    await page.getByText('1 note', { exact: true }).waitFor();
    await context.close();
  });

  it('warns before a fifth active goal and keeps met goals in the history', async () => {
    const context = await newIpad(env.browser());
    const page = await context.newPage();
    const app = new AppShell(page);
    await app.open(env.url());
    await new FirstClassForm(page).create('Room 4', 'Grades K-2');
    const roster = new RosterPage(page);
    await roster.open();
    await roster.typeName('Ana Lima');
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    for (const goal of ['Goal one', 'Goal two', 'Goal three', 'Goal four']) {
      await page.getByRole('button', { name: 'Type a goal' }).tap();
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.getByRole('textbox', { name: 'Goal', exact: true }).fill(goal);
      await page.getByRole('button', { name: 'Add goal' }).tap();
      await page.getByRole('list', { name: 'Active goals' }).getByText(goal, { exact: true }).waitFor();
    }
    await page.getByRole('button', { name: 'Type a goal' }).tap();
    await page.getByRole('alert').getByText('This student already has 4 goals.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).tap();
    await page.getByRole('combobox', { name: 'Status of “Goal one”' }).selectOption({ label: 'Met' });
    await page.getByRole('list', { name: 'Goal history' }).getByText('Goal one', { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: 'Active goals' }).getByRole('listitem').count()).toBe(3);
    await context.close();
  });

  it('searches years of notes: the newest first, then every note, in portrait', async () => {
    const context = await newIpad(env.browser(), { viewport: IPAD_PORTRAIT });
    const page = await context.newPage();
    await setUpClass(page, env.url(), ['Ana Lima', 'Ben Okafor']);
    // 260 notes, more than Search opens on (its newest 200): only the oldest mentions a zeppelin.
    const { classId, studentId } = await page.evaluate(
      () =>
        new Promise<{ classId: string; studentId: string }>((resolve) => {
          const open = indexedDB.open('conferring-clipboard');
          open.onsuccess = () => {
            const request = open.result.transaction('students').objectStore('students').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve({ classId: request.result[0].classId, studentId: request.result[0].id });
            };
          };
        }),
    );
    const now = Date.now();
    await seed(
      page,
      'conferences',
      Array.from({ length: 260 }, (_, k) => ({
        id: `old-${String(k).padStart(4, '0')}`,
        classId,
        studentIds: [studentId],
        at: new Date(now - (k + 1) * 86_400_000).toISOString(),
        type: 'content',
        lenses: [],
        research: 'Writing a story about the summer',
        childGoal: '',
        compliment: '',
        teachingPoint: k === 259 ? 'Draw the zeppelin, then write what you see' : `Teaching point ${k}`,
        tryIt: null,
        nextStep: '',
        goalIds: [],
        note: '',
        durationMs: null,
        deleted: 0,
        _clock: {},
      })),
    );
    await page.goto(`${env.url()}/search`);
    await page.getByText('The newest 200 notes: search or filter to find older ones.').waitFor();
    expect(await page.getByRole('list', { name: 'Matching notes' }).getByRole('listitem').count()).toBe(200);
    const words = page.getByRole('searchbox', { name: 'Words' });
    await words.fill('zeppelin');
    await page.getByText('1 note', { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: 'Matching notes' }).textContent()).toContain(
      'Teaching point: Draw the zeppelin, then write what you see',
    );
    // While the older notes are read, the newest notes' matches show (the top of the full answer).
    await words.fill('');
    await page.getByText('The newest 200 notes: search or filter to find older ones.').waitFor();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statuses: string[] }).statuses = seen;
      const status = document.querySelector('form[aria-label="Filters"] ~ p[role=status]') as Element;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await words.fill('story');
    await page.getByText('260 notes, newest 200 shown', { exact: true }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses)).toContain(
      '200 notes among the newest 200; searching the older ones…',
    );
    await words.fill('');
    await page.getByRole('combobox', { name: 'Student' }).selectOption({ label: 'Ben Okafor' });
    await page.getByText('No notes match.', { exact: true }).waitFor();

    // Search filters by kind and lens in the words the sheet's chips use.
    const choices = async (select: string) =>
      (await page.getByRole('combobox', { name: select }).locator('option').allTextContents()).filter(
        (label) => label !== 'Any',
      );
    const searchWords = { kinds: await choices('Conference type'), lenses: await choices('Lens') };
    expect(searchWords.lenses).toContain('Elaboration/craft');
    await page.goto(`${env.url()}/students`);
    await page.getByRole('link', { name: 'Ana Lima', exact: true }).tap();
    await page.getByRole('link', { name: 'Log a conference' }).tap();
    const chips = (legend: string) =>
      page.getByRole('group', { name: legend, exact: true }).locator('label').allTextContents();
    await page.getByRole('group', { name: 'Lenses', exact: true }).waitFor();
    expect({ kinds: await chips('Conference type'), lenses: await chips('Lenses') }).toEqual(searchWords);
    await context.close();
  });
});
