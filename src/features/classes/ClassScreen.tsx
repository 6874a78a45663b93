// The Class tab: the class record grid of the current class; before any class, the first-class form.
import { lazy } from 'preact-iso';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import './classes.css';

// The screen's heading is in the app shell; the grid and (on the first launch only) the first-class form
// load as it opens, from the service worker's cache, so the shell every launch parses stays small.
const ClassRecordGrid = lazy(() => import('./ClassRecordGrid.tsx').then((m) => m.ClassRecordGrid));
const NewClassForm = lazy(() => import('./NewClassForm.tsx').then((m) => m.NewClassForm));
// Invitations to a colleague's class wait here, on her first screen, with or without a class of her own.
const InvitationsToMe = lazy(() => import('./InvitationsToMe.tsx').then((m) => m.InvitationsToMe));

export function ClassScreen() {
  const choice = useCurrentClass();
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const { current } = choice.value;
  if (!current) {
    return (
      <>
        <InvitationsToMe joinLink />
        <EmptyState title="Create your first class">
          <p>Your class record grid lives here: every student and when you last conferred with each.</p>
          <NewClassForm />
        </EmptyState>
      </>
    );
  }
  return (
    <section aria-labelledby="class-title">
      <header class="screen-header">
        <h1 id="class-title">{current.name}</h1>
        <p class="muted">
          Grades {current.gradeBand} · {current.schoolYear}
        </p>
      </header>
      <InvitationsToMe />
      <ClassRecordGrid classRow={current} />
    </section>
  );
}
