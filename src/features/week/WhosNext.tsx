// "Who's next": sign-ups first, then the week's plan, then the most overdue. One tap opens the sheet.
import { useState } from 'preact/hooks';
import { getPlan, latestConferences, listStudents, openSignups, removeSignup } from '../../data/index.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLive } from '../../ui/useLive.ts';
import { buildClassRecord } from '../classes/classRecord.ts';
import { SignupForm, strategiesFor } from './SignupForm.tsx';
import { whosNext } from './whosNext.ts';

const SHOWN = 6;

async function loadQueue(classId: string, weekOf: string) {
  const [students, signups, plan] = await Promise.all([
    listStudents(classId),
    openSignups(classId),
    getPlan(classId, weekOf),
  ]);
  // Each child's latest conference is all the order needs: not the class's years of notes.
  const latest = await latestConferences(
    classId,
    students.map((s) => s.id),
  );
  const rows = buildClassRecord(students, [...new Set(latest.values())], new Date(), {
    due: 7,
    overdue: 14,
  }).rows;
  const planned = (plan?.entries ?? []).flatMap((e) => e.studentIds);
  return { students, queue: whosNext(rows, signups, planned).slice(0, SHOWN) };
}

export function WhosNext(props: { classId: string; weekOf: string }) {
  const [adding, setAdding] = useState(false);
  const live = useLive(() => loadQueue(props.classId, props.weekOf), [props.classId, props.weekOf]);
  if (live.status === 'loading') return <Loading what="who’s next" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const { students, queue } = live.value;
  return (
    <section class="card" aria-labelledby="next-title">
      <h2 id="next-title">Who’s next</h2>
      <ol class="queue" aria-label="Who’s next">
        {queue.map(({ row, why, signup }) => (
          <li key={row.student.id} class="row">
            <a
              class="row-main queue-text"
              href={`/conference/new?students=${row.student.id}`}
              aria-label={`Log a conference with ${row.student.name}, ${why}`}
            >
              <strong>{row.student.name}</strong>
              <span class="muted">
                {why === 'signed up'
                  ? `Signed up${signup?.reason ? `: “${signup.reason}”` : ''}`
                  : why === 'planned'
                    ? 'Planned this week'
                    : row.daysSince === null
                      ? 'Not yet conferred'
                      : `${row.daysSince} days since the last conference`}
              </span>
              {signup && strategiesFor(signup.reason).length > 0 && (
                <span class="muted">Try: {strategiesFor(signup.reason).slice(0, 3).join(' · ')}</span>
              )}
            </a>
            {signup && (
              <button
                type="button"
                onClick={() => void removeSignup(signup.id)}
                aria-label={`Take ${row.student.name} off the sign-up queue`}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {adding ? (
        <SignupForm classId={props.classId} students={students} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a sign-up
        </button>
      )}
    </section>
  );
}
