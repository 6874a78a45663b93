// The Class tab after she ended the year of her last open class: the class is archived, not gone. It says
// so, and offers what comes next: next year's class, the class opened again, its hand-off.
import { useState } from 'preact/hooks';
import { type ClassRecord, setClassArchived } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { chooseClass } from '../../state/currentClass.ts';
import { lastArchived } from '../../ui/archivedClass.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { NewClassForm } from './NewClassForm.tsx';

export function YearEnded(props: { classes: readonly ClassRecord[] }) {
  const archived = lastArchived(props.classes);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!archived) return null;
  async function openAgain() {
    if (!archived) return;
    try {
      await setClassArchived(archived.id, false);
      await chooseClass(archived.id);
    } catch (failure) {
      setError(failureWords(failure));
    }
  }
  return (
    <EmptyState title={`${archived.name} is archived`}>
      <p>
        The year ended for {archived.name} ({archived.schoolYear}). It is in the archive with all its
        students, notes, goals, recordings and photos: nothing was deleted.
      </p>
      <div class="toolbar">
        <button type="button" class="primary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          Create next year’s class
        </button>
        <button type="button" onClick={() => void openAgain()}>
          Open {archived.name} again
        </button>
        <a class="button" href={`/print/handoff?class=${archived.id}`}>
          Hand-off for next year
        </a>
      </div>
      <p class="muted">
        <em>Open again</em> takes it out of the archive. <a href="/classes">Classes</a> lists every class,
        archived ones too.
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {creating && <NewClassForm onDone={() => setCreating(false)} />}
    </EmptyState>
  );
}
