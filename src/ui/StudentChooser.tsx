// Choose students from the class: one (swap a grid box) or several (a group or table conference).
import { useState } from 'preact/hooks';
import type { StudentRecord } from '../data/index.ts';

export function StudentChooser(props: {
  title: string;
  students: readonly StudentRecord[];
  multiple: boolean;
  confirmLabel: string;
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const toggle = (id: string) =>
    setChosen(
      props.multiple ? (chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]) : [id],
    );
  return (
    <section class="card chooser" aria-label={props.title}>
      <h2>{props.title}</h2>
      {props.students.length === 0 ? (
        <p class="muted">No other students in this class.</p>
      ) : (
        <div class="segmented chooser-list">
          {props.students.map((s) => (
            <label key={s.id} class="chip">
              <input
                type={props.multiple ? 'checkbox' : 'radio'}
                name="chooser"
                checked={chosen.includes(s.id)}
                onChange={() => toggle(s.id)}
              />
              <span>{s.name}</span>
            </label>
          ))}
        </div>
      )}
      <div class="toolbar">
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
      </div>
    </section>
  );
}
