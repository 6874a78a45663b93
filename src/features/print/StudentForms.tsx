// One student's forms: the goal sheet and seed 002's "Assessment Notes For … / Conference Notes | Goals",
// filled in or blank; and the one-page summary for a parent meeting, which names no other child.

import { day } from '../../data/dates.ts';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLoad } from '../../ui/useLoad.ts';
import { BLANK_ROWS, Lines } from './Lines.tsx';
import { parentSummary, studentForms } from './printData.ts';

export function StudentForm(props: { form: 'goals' | 'notes'; studentId: string; blank: boolean }) {
  const data = useLoad(
    async () => (props.blank ? null : studentForms(props.studentId)),
    [props.studentId, props.blank],
  );
  if (data.status === 'loading') return <Loading what="the form" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  const name = data.value?.student.name ?? '________________________';
  if (props.form === 'goals')
    return (
      <article class="paper">
        <h1>Keeping Conference Records: Goals for {name}</h1>
        <table>
          <thead>
            <tr>
              <th>Goal</th>
              <th>Set on</th>
              <th>Status</th>
              <th>Revisit on</th>
            </tr>
          </thead>
          <tbody>
            {data.value ? (
              data.value.goals.map((g) => (
                <tr key={g.id}>
                  <td>{g.text}</td>
                  <td>{day(g.setOn)}</td>
                  <td>{g.status}</td>
                  <td>{g.revisitOn ? day(g.revisitOn) : ''}</td>
                </tr>
              ))
            ) : (
              <Lines count={6} columns={4} />
            )}
          </tbody>
        </table>
      </article>
    );
  const conferences = data.value?.conferences ?? [];
  const dates =
    conferences.length > 0
      ? `${day(conferences.at(-1)?.at ?? 0)} to ${day(conferences[0]?.at ?? 0)}`
      : '______________';
  return (
    <article class="paper">
      <h1>
        Assessment Notes For {name} · Dates {dates}
      </h1>
      <table class="paper-two">
        <thead>
          <tr>
            <th>Conference Notes</th>
            <th>Goals</th>
          </tr>
        </thead>
        <tbody>
          {data.value ? (
            <tr>
              <td>
                {conferences.map((c) => (
                  <p key={c.id}>
                    <strong>{c.at.slice(0, 10)}</strong> {c.teachingPoint}{' '}
                    {c.nextStep && `Next: ${c.nextStep}`}
                  </p>
                ))}
              </td>
              <td>
                {data.value.goals.map((g) => (
                  <p key={g.id}>
                    {g.text} ({g.status})
                  </p>
                ))}
              </td>
            </tr>
          ) : (
            <Lines count={BLANK_ROWS} columns={2} />
          )}
        </tbody>
      </table>
    </article>
  );
}

export function ParentForm(props: { studentId: string }) {
  const data = useLoad(() => parentSummary(props.studentId), [props.studentId]);
  if (data.status === 'loading') return <Loading what="the summary" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  if (!data.value) return <EmptyState title="Student not found">{null}</EmptyState>;
  const s = data.value;
  return (
    <article class="paper">
      <h1>{s.name}: writing conferences</h1>
      <h2>Goals</h2>
      <ul>
        {s.goals.length === 0 ? (
          <li>No goals set yet.</li>
        ) : (
          s.goals.map((g) => (
            <li key={g.text}>
              {g.text} ({g.status === 'working' ? 'working on it' : g.status}, since {day(g.setOn)})
            </li>
          ))
        )}
      </ul>
      <h2>Strengths we named</h2>
      <ul>
        {s.strengths.length === 0 ? (
          <li>—</li>
        ) : (
          s.strengths.map((x) => (
            <li key={x.when + x.text}>
              {x.text} ({x.when})
            </li>
          ))
        )}
      </ul>
      <h2>What we are working on next</h2>
      <ul>
        {s.next.length === 0 ? (
          <li>—</li>
        ) : (
          s.next.map((x) => (
            <li key={x.when + x.text}>
              {x.text} ({x.when})
            </li>
          ))
        )}
      </ul>
    </article>
  );
}
