// Choose students from the class: one (swap a grid box, a sign-up) or several (a group conference, the
// week's plan). A full-height sheet: names in alphabetical order, a search, the whole list reachable (the
// sheet says when more is below), and the choice named above the buttons even when scrolled away.
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { StudentRecord } from '../data/index.ts';
import { fold } from '../protocol/words.ts';
import { FullSheet } from './FullSheet.tsx';
import { shown } from './names.ts';

// Made on first use: a collator costs a cold start ~10 ms, and the week imports this file for its choosers.
let byName: Intl.Collator | undefined;

/** The students in alphabetical order, those whose name holds every searched word. */
export function findStudents<T extends Pick<StudentRecord, 'name'>>(
  students: readonly T[],
  query: string,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  byName ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const collator = byName;
  return students
    .filter((s) => words.every((w) => fold(s.name).includes(w)))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export function StudentChooser(props: {
  title: string;
  students: readonly StudentRecord[];
  multiple: boolean;
  confirmLabel: string;
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
  /** Above the names: choices that go with them (the day of a plan). */
  above?: ComponentChildren;
  /** Below the names: more to fill in (why a child signed up). */
  below?: ComponentChildren;
  /** Why the last confirm failed. */
  error?: string | null;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const matching = useMemo(() => findStudents(props.students, query), [props.students, query]);
  const names = new Map(props.students.map((s) => [s.id, shown(s.name)]));
  const toggle = (id: string) =>
    setChosen(
      props.multiple ? (chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]) : [id],
    );
  return (
    <FullSheet
      title={props.title}
      onClose={props.onCancel}
      head={
        <>
          {props.above}
          {props.students.length > 0 && (
            <label class="field">
              <span>Search names</span>
              <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            </label>
          )}
        </>
      }
      foot={
        <>
          <p class="chooser-chosen" aria-live="polite">
            {chosen.length === 0
              ? 'No one chosen yet.'
              : `Chosen: ${chosen.map((id) => names.get(id)).join(', ')}`}
          </p>
          {props.error && (
            <p class="field-error" role="alert">
              {props.error}
            </p>
          )}
          <button
            type="button"
            class="primary"
            disabled={chosen.length === 0}
            onClick={() => props.onConfirm(chosen)}
          >
            {props.confirmLabel}
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </>
      }
    >
      {props.students.length === 0 ? (
        <p class="muted">No other students in this class.</p>
      ) : matching.length === 0 ? (
        <p class="muted">No name matches “{query}”.</p>
      ) : (
        <fieldset class="segmented chooser-list">
          <legend class="visually-hidden">Students</legend>
          {matching.map((s) => (
            <label key={s.id} class="chip">
              <input
                type={props.multiple ? 'checkbox' : 'radio'}
                name="chooser"
                checked={chosen.includes(s.id)}
                onChange={() => toggle(s.id)}
              />
              <span>{shown(s.name)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {props.below}
    </FullSheet>
  );
}
