// Type a name, press Enter: added, and the field stays focused for the next name.
import { useId, useRef, useState } from 'preact/hooks';
import { addStudent } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { shown } from '../../ui/names.ts';

export function AddStudentField(props: { classId: string }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: Event) {
    event.preventDefault();
    try {
      const student = await addStudent(props.classId, name);
      setName('');
      setError(null);
      setAdded(shown(student.name));
    } catch (failure) {
      setError(failureWords(failure));
      setAdded(null);
    }
    field.current?.focus();
  }

  return (
    // The label names the field alone (not the Add button beside it), and the form adds no second name.
    <form class="add-student" onSubmit={submit}>
      <div class="field">
        <label for={id}>Add a student</label>
        <div class="inline-form">
          <input
            id={id}
            ref={field}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
            placeholder="Type a name, press Enter"
            autocomplete="off"
            autocapitalize="words"
            enterkeyhint="next"
            aria-invalid={error ? true : undefined}
          />
          <button type="submit" class="primary">
            Add
          </button>
        </div>
      </div>
      <p class={error ? 'field-error' : 'muted'} role="status" aria-live="polite">
        {error ?? (added ? `Added ${added}.` : '')}
      </p>
    </form>
  );
}
