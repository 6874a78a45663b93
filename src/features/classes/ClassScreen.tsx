// The Class tab: the class record grid of the current class; before any class, the first-class form;
// after the year ended (every class archived), where the class went and what next. Invitations to a
// colleague's class wait here, on her first screen, with or without a class of her own.
import { lazy } from 'preact-iso';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import './classes.css';

// The screen's heading is in the app shell; the grid and (on the first launch, or after the year ended)
// what shows without a class load as it opens, from the service worker's cache, so the shell every launch
// parses stays small.
const ClassRecordGrid = lazy(() => import('./ClassRecordGrid.tsx').then((m) => m.ClassRecordGrid));
const NoCurrentClass = lazy(() => import('./NoCurrentClass.tsx').then((m) => m.NoCurrentClass));
const InvitationsToMe = lazy(() => import('./InvitationsToMe.tsx').then((m) => m.InvitationsToMe));

export function ClassScreen() {
  const choice = useCurrentClass();
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const { current, classes } = choice.value;
  if (!current)
    return (
      <>
        <InvitationsToMe joinLink />
        <NoCurrentClass classes={classes} />
      </>
    );
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
