// The class record sheet (seed 003), alive: every student, when she last conferred with each, who is
// overdue; this week's counts and the weekly coverage.
import { useEffect, useState } from 'preact/hooks';
import {
  buildClassRecord,
  type ClassRecord as ClassRow,
  listStudents,
  recentAndLatest,
  type SortOrder,
  sortRows,
  weeklyCoverage,
} from '../../data/index.ts';
import { firstScreenShown } from '../../state/firstScreen.ts';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLive } from '../../ui/useLive.ts';
import { useSetting } from '../../ui/useSetting.ts';
import { CoverageChart } from './CoverageChart.tsx';
import { StudentTile } from './StudentTile.tsx';

export function ClassRecordGrid(props: { classRow: ClassRow }) {
  const classId = props.classRow.id;
  const [order, setOrder] = useState<SortOrder>('overdue');
  const [thresholds] = useSetting('overdueDays');
  const live = useLive(async () => {
    const students = await listStudents(classId);
    const conferences = await recentAndLatest(
      classId,
      students.map((s) => s.id),
      new Date(),
    );
    return { students, conferences };
  }, [classId]);
  useEffect(() => {
    if (live.status !== 'loading') firstScreenShown();
  }, [live.status]);
  if (live.status === 'loading') return <Loading what="the class record" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const { students, conferences } = live.value;
  if (students.length === 0) {
    return (
      <EmptyState title="No students yet">
        <p>
          <a href="/students">Add students</a> by typing names, pasting a list or importing a CSV file.
        </p>
      </EmptyState>
    );
  }
  const now = new Date();
  const record = buildClassRecord(students, conferences, now, thresholds);
  const weeks = weeklyCoverage(conferences, new Set(students.map((s) => s.id)), now);
  return (
    <>
      <dl class="stats" aria-label="This week">
        <div>
          <dt>Conferences this week</dt>
          <dd data-testid="conferences-this-week">{record.conferencesThisWeek}</dd>
        </div>
        <div>
          <dt>Not yet seen this week</dt>
          <dd data-testid="not-seen-this-week">
            {record.notSeenThisWeek} of {students.length}
          </dd>
        </div>
      </dl>
      <CoverageChart weeks={weeks} total={students.length} />
      <fieldset class="toolbar">
        <legend class="muted">Sort students</legend>
        <button type="button" aria-pressed={order === 'overdue'} onClick={() => setOrder('overdue')}>
          Most overdue
        </button>
        <button type="button" aria-pressed={order === 'name'} onClick={() => setOrder('name')}>
          Name
        </button>
        <span class="muted legend">
          Due after {thresholds.due} days, overdue after {thresholds.overdue} (<a href="/settings">change</a>)
        </span>
      </fieldset>
      <ul class="tiles" aria-label="Class record">
        {sortRows(record.rows, order).map((row) => (
          <StudentTile key={row.student.id} row={row} />
        ))}
      </ul>
    </>
  );
}
