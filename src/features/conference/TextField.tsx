// A labelled text area; extra controls sit beside the label, outside it, so the field's accessible
// name stays just its label.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  children?: ComponentChildren;
}) {
  const id = useId();
  return (
    <div class="field">
      <span class="field-label">
        <label for={id}>{props.label}</label>
        {props.children}
      </span>
      <textarea
        id={id}
        rows={props.rows ?? 2}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
