// All her classes: open one, add a section, rename, archive (archived classes keep all their records),
// share one; the classes shared with her, invitations to more, and joining one with a code.
import { useState } from 'preact/hooks';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useShares } from '../../ui/useShares.ts';
import { ClassRow } from './ClassRow.tsx';
import { InvitationsToMe } from './InvitationsToMe.tsx';
import { NewClassForm } from './NewClassForm.tsx';
import './classes.css';

export function ClassesScreen() {
  const choice = useCurrentClass();
  const shares = useShares();
  const [adding, setAdding] = useState(false);
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const { classes, current } = choice.value;
  return (
    <section aria-labelledby="classes-title">
      <header class="screen-header">
        <h1 id="classes-title">Classes</h1>
      </header>
      <InvitationsToMe joinLink />
      {classes.length === 0 ? (
        <p>No classes yet.</p>
      ) : (
        <ul class="list" aria-label="Classes">
          {classes.map((c) => (
            <ClassRow
              key={c.id}
              item={c}
              current={c.id === current?.id}
              share={shares.shares.find((s) => s.classId === c.id)}
              accountId={shares.accountId}
            />
          ))}
        </ul>
      )}
      {adding || classes.length === 0 ? (
        <NewClassForm onDone={() => setAdding(false)} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          New class
        </button>
      )}
    </section>
  );
}
