// The Class tab with no class open: before any class, the first-class form; once every class is
// archived (she ended the year), where the class went and what next. Loaded only then, with the form, so
// the app shell every launch parses carries neither.
import type { ClassRecord } from '../../data/index.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { NewClassForm } from './NewClassForm.tsx';
import { YearEnded } from './YearEnded.tsx';

export function NoCurrentClass(props: { classes: readonly ClassRecord[] }) {
  if (props.classes.length > 0) return <YearEnded classes={props.classes} />;
  return (
    <EmptyState title="Create your first class">
      <p>Your class record grid lives here: every student and when you last conferred with each.</p>
      <NewClassForm />
    </EmptyState>
  );
}
