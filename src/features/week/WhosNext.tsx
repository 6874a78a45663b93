// "Who's next": sign-ups first, then the week's plan, then the most overdue. One tap opens the sheet.
import { useState } from 'preact/hooks';
import { removeSignup } from '../../data/index.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { useLive } from '../../ui/useLive.ts';
import { SignupForm, strategiesFor } from './SignupForm.tsx';
import { logHref } from './weekData.ts';
import { loadWhosNext, waitedWords } from './whoWaits.ts';

const SHOWN = 6;

export function WhosNext(props: {
  classId: string;
  weekOf: string;
  /** A coach reads the queue: a name opens the child's conferences; sign-ups are the teachers'. */
  reading?: boolean;
}) {
  const [adding, setAdding] = useState(false);
  const live = useLive(() => loadWhosNext(props.classId, props.weekOf), [props.classId, props.weekOf]);
  if (live.status === 'loading') return <Loading what="who’s next" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const { students } = live.value;
  const queue = live.value.queue.slice(0, SHOWN);
  return (
    <section class="card" aria-labelledby="next-title">
      <h2 id="next-title">Who’s next</h2>
      <ol class="queue" aria-label="Who’s next">
        {queue.map(({ row, why, signup }) => (
          <li key={row.student.id} class="row">
            <a
              class="row-main queue-text"
              href={logHref([row.student.id], props.weekOf)}
              aria-label={`${props.reading ? 'Read the conferences with' : 'Log a conference with'} ${shown(row.student.name)}, ${why}`}
            >
              <strong>{shown(row.student.name)}</strong>
              <span class="muted">
                {why === 'signed up'
                  ? `Signed up${signup?.reason ? `: “${signup.reason}”` : ''}`
                  : why === 'planned'
                    ? 'Planned this week'
                    : waitedWords(row)}
              </span>
              {signup && strategiesFor(signup.reason).length > 0 && (
                <span class="muted">Try: {strategiesFor(signup.reason).slice(0, 3).join(' · ')}</span>
              )}
            </a>
            {signup && !props.reading && (
              <button
                type="button"
                onClick={() => void removeSignup(signup.id)}
                aria-label={`Take ${shown(row.student.name)} off the sign-up queue`}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {props.reading ? null : adding ? (
        <SignupForm classId={props.classId} students={students} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          Add a sign-up
        </button>
      )}
    </section>
  );
}
