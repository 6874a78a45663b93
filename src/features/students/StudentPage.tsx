// One student: name, goals, and the conference timeline, newest first.
import { format } from 'date-fns';
import { EmptyState, LoadError, Loading } from '../../app/EmptyState.tsx';
import { useLive } from '../../app/useLive.ts';
import { activeGoalsOf, conferencesOf, getStudent } from '../../data/index.ts';

export function StudentPage(props: { id?: string; params?: { id?: string } }) {
  const id = props.params?.id ?? props.id ?? '';
  const live = useLive(
    async () => ({
      student: await getStudent(id),
      conferences: await conferencesOf(id),
      goals: await activeGoalsOf(id),
    }),
    [id],
  );
  if (live.status === 'loading') return <Loading what="this student" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const { student, conferences, goals } = live.value;
  if (!student) {
    return (
      <EmptyState title="Student not found">
        <p>
          This student was removed, or the link is from another device. <a href="/students">All students</a>
        </p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="student-title">
      <header class="screen-header">
        <p class="muted">
          <a href="/students">Students</a>
        </p>
        <h1 id="student-title">{student.name}</h1>
        {student.archived === 1 && <p class="muted">Archived: kept with all their records.</p>}
        <a class="button primary" href={`/conference/new?students=${student.id}`}>
          Log a conference
        </a>
      </header>
      <section class="card" aria-labelledby="goals-heading">
        <h2 id="goals-heading">Goals</h2>
        {goals.length === 0 ? (
          <p class="muted">No goals yet. Three or four goals for the half year are usually enough.</p>
        ) : (
          <ul aria-label="Goals">
            {goals.map((g) => (
              <li key={g.id}>
                {g.text} <span class="muted">(set {g.setOn})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Conferences</h2>
        {conferences.length === 0 ? (
          <p class="muted">No conferences yet.</p>
        ) : (
          <ol class="timeline" aria-label="Conference timeline">
            {conferences.map((c) => (
              <li key={c.id}>
                <a href={`/conference/${c.id}`} class="timeline-entry">
                  <time dateTime={c.at}>{format(new Date(c.at), 'EEE d MMM yyyy, h:mm a')}</time>
                  {c.type && <span class="badge"> {c.type}</span>}
                  {c.studentIds.length > 1 && <span class="badge"> group of {c.studentIds.length}</span>}
                  {c.teachingPoint && <p>Teaching point: {c.teachingPoint}</p>}
                  {c.nextStep && <p class="muted">Next step: {c.nextStep}</p>}
                </a>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
