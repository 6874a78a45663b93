// What a screen about the current class shows when there is none: before any class, where to create
// one; after the year ended (every class archived), that the class was archived, not lost, and how to
// open it again.
import type { ClassRecord } from '../data/index.ts';
import { lastArchived } from './archivedClass.ts';
import { archivedWords } from './archivedWords.ts';
import { EmptyState } from './EmptyState.tsx';

export function NoClassOpen(props: {
  classes: readonly ClassRecord[];
  /** After "Create a class": what then, e.g. "first, then add its students here." */
  beforeAnyClass: string;
}) {
  const archived = lastArchived(props.classes);
  if (!archived)
    return (
      <EmptyState title="No class yet">
        <p>
          <a href="/">Create a class</a> {props.beforeAnyClass}
        </p>
      </EmptyState>
    );
  return (
    <EmptyState title="No class open">
      <p>{archivedWords(archived)}</p>
      <p>
        <a href="/">Open it or create next year’s class</a>
      </p>
    </EmptyState>
  );
}
