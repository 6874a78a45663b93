// Rename in place: a field with Save and Cancel; the reason a name cannot be used shows beside it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { failureWords } from '../protocol/words.ts';

export function InlineRename(props: {
  label: string;
  current: string;
  onSave: (name: string) => Promise<void>;
  onClose: () => void;
}) {
  const [name, setName] = useState(props.current);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  // The teacher just tapped Rename: the field is what she wants next.
  useEffect(() => field.current?.focus(), []);

  async function save(event: Event) {
    event.preventDefault();
    try {
      await props.onSave(name);
      props.onClose();
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  return (
    <form class="inline-form" onSubmit={save} aria-label={`Rename ${props.current}`}>
      <input
        aria-label={props.label}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        ref={field}
      />
      <button type="submit" class="primary">
        Save
      </button>
      <button type="button" onClick={props.onClose}>
        Cancel
      </button>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
