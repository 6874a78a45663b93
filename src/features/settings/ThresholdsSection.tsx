// When a student counts as due and overdue on the class record grid.
import { useEffect, useState } from 'preact/hooks';
import { useSetting } from '../../ui/useSetting.ts';

export function checkThresholds(due: number, overdue: number): string | null {
  if (!Number.isInteger(due) || !Number.isInteger(overdue) || due < 1 || overdue < 1) {
    return 'Use whole numbers of days, 1 or more.';
  }
  if (due > 90 || overdue > 90) return 'Use at most 90 days.';
  if (overdue <= due) return '"Overdue" must come after "due".';
  return null;
}

function DaysField(props: { label: string; value: string; onInput: (value: string) => void }) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min="1"
        max="90"
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </label>
  );
}

export function ThresholdsSection() {
  const [saved, save] = useSetting('overdueDays');
  const [due, setDue] = useState(String(saved.due));
  const [overdue, setOverdue] = useState(String(saved.overdue));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  useEffect(() => {
    setDue(String(saved.due));
    setOverdue(String(saved.overdue));
  }, [saved.due, saved.overdue]);

  async function submit(event: Event) {
    event.preventDefault();
    const problem = checkThresholds(Number(due), Number(overdue));
    if (problem) return setMessage({ error: true, text: problem });
    await save({ due: Number(due), overdue: Number(overdue) });
    setMessage({ error: false, text: 'Saved.' });
  }

  return (
    <form class="card form" onSubmit={submit} aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Class record colours</h2>
      <DaysField label="Due after (days)" value={due} onInput={setDue} />
      <DaysField label="Overdue after (days)" value={overdue} onInput={setOverdue} />
      {message && (
        <p class={message.error ? 'field-error' : 'muted'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <button type="submit" class="primary">
        Save thresholds
      </button>
    </form>
  );
}
