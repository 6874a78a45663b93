// Create a class: a name, a grade band (it picks the pattern tables) and a school year.
import { useState } from 'preact/hooks';
import { createClass, GRADE_BANDS, type GradeBand, schoolYearOf } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { chooseClass } from '../../state/currentClass.ts';

export function NewClassForm(props: { onDone?: () => void }) {
  const [name, setName] = useState('');
  const [gradeBand, setGradeBand] = useState<GradeBand>('3-8');
  const [schoolYear, setSchoolYear] = useState(() => schoolYearOf(new Date()));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setSaving(true);
    try {
      const made = await createClass({ name, gradeBand, schoolYear });
      await chooseClass(made.id);
      setName('');
      setError(null);
      props.onDone?.();
    } catch (failure) {
      // Storage failures also show in the banner; input problems belong beside the form.
      setError(failureWords(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="card form" onSubmit={submit} aria-label="New class">
      <label class="field">
        <span>Class name</span>
        <input
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          placeholder="e.g. Room 12 Writers"
          autocomplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-class-error' : undefined}
        />
      </label>
      <fieldset class="field">
        <legend>Grade band</legend>
        <div class="segmented">
          {GRADE_BANDS.map((band) => (
            <label key={band.value} class="chip">
              <input
                type="radio"
                name="gradeBand"
                value={band.value}
                checked={gradeBand === band.value}
                onChange={() => setGradeBand(band.value)}
              />
              <span>{band.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label class="field">
        <span>School year</span>
        <input value={schoolYear} onInput={(e) => setSchoolYear(e.currentTarget.value)} inputMode="numeric" />
      </label>
      {error && (
        <p id="new-class-error" class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="primary" disabled={saving}>
        Create class
      </button>
    </form>
  );
}
