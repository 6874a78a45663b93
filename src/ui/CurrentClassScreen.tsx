// The frame of a screen about the current class: its heading with the class name, loading and error
// states, and what to do when no class is open (before any class, or after the year ended).
import type { ComponentChildren } from 'preact';
import type { ClassRecord } from '../data/index.ts';
import { LoadError, Loading } from './EmptyState.tsx';
import { NoClassOpen } from './NoClassOpen.tsx';
import { useCurrentClass } from './useCurrentClass.ts';

export function CurrentClassScreen(props: {
  id: string;
  title: string;
  /** After "Create a class": what then, e.g. "first, then add its students here." */
  beforeAnyClass: string;
  children: (classRow: ClassRecord) => ComponentChildren;
}) {
  const choice = useCurrentClass();
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const current = choice.value.current;
  return (
    <section aria-labelledby={props.id}>
      <header class="screen-header">
        <h1 id={props.id}>{props.title}</h1>
        {current && <p class="muted">{current.name}</p>}
      </header>
      {current ? (
        props.children(current)
      ) : (
        <NoClassOpen classes={choice.value.classes} beforeAnyClass={props.beforeAnyClass} />
      )}
    </section>
  );
}
