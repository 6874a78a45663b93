// Who's next and the 9-kid grid proposal follow the teacher's due/overdue thresholds from Settings.
import { afterEach, describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  DEFAULT_SETTINGS,
  EMPTY_CONFERENCE,
  logConference,
  setSetting,
} from '../../src/data/index.ts';
import { loadProposal, loadWhosNext, waitedWords } from '../../src/features/week/whoWaits.ts';
import { freshStore } from './helpers.ts';

const NOW = new Date('2026-11-25T10:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

async function classSeen(days: Record<string, number>) {
  const store = freshStore();
  const klass = await createClass({ name: 'Room 2', gradeBand: 'K-2', schoolYear: '2026-2027' }, store);
  const students = await addStudents(klass.id, Object.keys(days), store);
  for (const s of students)
    await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [s.id], at: daysAgo(days[s.name] as number) },
      store,
    );
  return { store, klass };
}

describe('her thresholds order who waits', () => {
  afterEach(() => setSetting('overdueDays', DEFAULT_SETTINGS.overdueDays));

  it("Who's next lists who is due by her setting, in her words", async () => {
    const { store, klass } = await classSeen({ Ana: 4, Ben: 1, Cy: 10 });
    const names = async () =>
      (await loadWhosNext(klass.id, '2026-11-23', NOW, store)).queue.map(
        (q) => `${q.row.student.name}: ${waitedWords(q.row)}`,
      );
    // The defaults (due after 7 days, overdue after 14): only Cy is due.
    expect(await names()).toEqual(['Cy: Due · 10 days since the last conference']);
    // She sees her writers more often: due after 3 days, overdue after 5.
    await setSetting('overdueDays', { due: 3, overdue: 5 });
    expect(await names()).toEqual([
      'Cy: Overdue · 10 days since the last conference',
      'Ana: Due · 4 days since the last conference',
    ]);
  });

  it('the grid proposal labels each child by her setting', async () => {
    const { store, klass } = await classSeen({ Ana: 4, Ben: 1, Cy: 10 });
    await setSetting('overdueDays', { due: 3, overdue: 5 });
    const proposal = await loadProposal(klass.id, '2026-11-23', NOW, store);
    expect(proposal.map((r) => [r.student.name, r.status])).toEqual([
      ['Cy', 'overdue'],
      ['Ana', 'due'],
      ['Ben', 'recent'],
    ]);
  });
});
