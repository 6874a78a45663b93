// The Class tab: the class record grid of the current class; before any class, the first-class form;
// after the year ended (every class archived), where the class went and what next.
import { lazy } from 'preact-iso';
import { lastArchived } from '../../ui/archivedClass.ts';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import './classes.css';

// The screen's heading is in the app shell; the grid and (on the first launch only) the first-class form
// load as it opens, from the service worker's cache, so the shell every launch parses stays small.
const ClassRecordGrid = lazy(() => import('./ClassRecordGrid.tsx').then((m) => m.ClassRecordGrid));
const NewClassForm = lazy(() => import('./NewClassForm.tsx').then((m) => m.NewClassForm));
const YearEnded = lazy(() => import('./YearEnded.tsx').then((m) => m.YearEnded));

export function ClassScreen() {
  const choice = useCurrentClass();
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const { current, classes } = choice.value;
  if (!current) {
    const archived = lastArchived(classes);
    if (archived) return <YearEnded archived={archived} />;
    return (
      <EmptyState title="Create your first class">
        <p>Your class record grid lives here: every student and when you last conferred with each.</p>
        <NewClassForm />
      </EmptyState>
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
      <ClassRecordGrid classRow={current} />
    </section>
  );
}
