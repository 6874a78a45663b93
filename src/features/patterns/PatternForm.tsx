// Add or edit a pattern in the table's three columns.
import { useState } from 'preact/hooks';
import type { PatternText } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';

export function PatternForm(props: {
  title: string;
  initial: PatternText;
  onSave: (text: PatternText) => Promise<void>;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial);
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof PatternText, label: string) => (
    <label class="field">
      <span>{label}</span>
      <textarea
        rows={2}
        value={text[key]}
        onInput={(e) => setText({ ...text, [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <form
      class="card form"
      aria-label={props.title}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text).catch((failure: unknown) => setError(failureWords(failure)));
      }}
    >
      <h2>{props.title}</h2>
      {field('see', 'If I see this…')}
      {field('goal', 'I’ll set this writing goal…')}
      {field('teachingPoints', 'Possible teaching points')}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" class="primary">
          Save pattern
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
