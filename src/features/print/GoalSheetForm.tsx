// Seed 003's "Keeping Conference Records (With Goals)" for one child: each goal, when it was set, its
// status in her words, when to revisit it and the conferences that worked on it; then lines for goals
// still to come (three or four a half year, and their revisions). Blank, only the lines.

import { conferencesForGoal, day, goalStatusWords, shortDay } from '../../data/index.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLoad } from '../../ui/useLoad.ts';
import { FillIn, Lines } from './Lines.tsx';
import { studentForms } from './printData.ts';

const BLANK_GOALS = 6;

export function GoalSheetForm(props: { studentId: string; blank: boolean }) {
  const data = useLoad(
    async () => (props.blank ? null : studentForms(props.studentId)),
    [props.studentId, props.blank],
  );
  if (data.status === 'loading') return <Loading what="the goal sheet" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  const forms = data.value;
  return (
    <article class="paper">
      <h1>Keeping Conference Records (With Goals)</h1>
      <p class="paper-meta">
        <FillIn label="For" value={forms?.student.name} />
        <FillIn label="Class" value={forms?.classRow?.name} />
      </p>
      <table class="paper-goals">
        <thead>
          <tr>
            <th>Goal</th>
            <th>Set on</th>
            <th>Status</th>
            <th>Revisit on</th>
            <th>Conferences on it</th>
          </tr>
        </thead>
        <tbody>
          {forms?.goals.map((g) => (
            <tr key={g.id}>
              <td>{g.text}</td>
              <td>{day(g.setOn)}</td>
              <td>{goalStatusWords(g.status)}</td>
              <td>{g.revisitOn ? day(g.revisitOn) : ''}</td>
              <td>
                {conferencesForGoal(g.id, forms.conferences)
                  .reverse()
                  .map((c) => (
                    <p key={c.id}>
                      {shortDay(c.at)}
                      {c.teachingPoint && `: ${c.teachingPoint}`}
                    </p>
                  ))}
              </td>
            </tr>
          ))}
          <Lines count={Math.max(2, BLANK_GOALS - (forms?.goals.length ?? 0))} columns={5} />
        </tbody>
      </table>
    </article>
  );
}
