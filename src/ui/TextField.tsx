// A labelled text area; extra controls sit beside the label, outside it, so the field's accessible
// name stays just its label. Near the length limit a counter appears; past it, the field says so (the
// text is never cut: a paste keeps every character, and Save explains what to shorten).
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { MAX_TEXT_LENGTH, TEXT_COUNTER_FROM } from '../data/index.ts';

export function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  children?: ComponentChildren;
}) {
  const id = useId();
  const length = props.value.length;
  const over = length > MAX_TEXT_LENGTH;
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
        aria-invalid={over ? 'true' : undefined}
        aria-describedby={length >= TEXT_COUNTER_FROM ? `${id}-count` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {length >= TEXT_COUNTER_FROM && (
        <span
          id={`${id}-count`}
          class={over ? 'field-count field-error' : 'field-count muted'}
          aria-live="polite"
        >
          {length.toLocaleString('en-US')} / {MAX_TEXT_LENGTH.toLocaleString('en-US')} characters
          {over ? ': too long to save, shorten it' : ''}
        </span>
      )}
    </div>
  );
}
