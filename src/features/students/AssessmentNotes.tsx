// Seed 002's third column, "Assessment Notes": dated observations of what this writer can do, written
// whenever she notices something, apart from a conference.
import { lightFormat } from 'date-fns';
import { useState } from 'preact/hooks';
import { type AssessmentRecord, addAssessment, deleteAssessment, weekday } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { TextField } from '../../ui/TextField.tsx';

export function AssessmentNotes(props: {
  classId: string;
  studentId: string;
  notes: AssessmentRecord[];
  /** A coach reads the notes: no form, no delete. */
  readOnly?: boolean;
}) {
  const [text, setText] = useState('');
  const [on, setOn] = useState(() => lightFormat(new Date(), 'yyyy-MM-dd'));
  const [error, setError] = useState<string | null>(null);
  return (
    <section class="card" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">Assessment notes</h2>
      <p class="muted">What this writer can do, noticed on a day: separate from a conference.</p>
      {!props.readOnly && (
        <form
          class="form"
          aria-label="New assessment note"
          onSubmit={(e) => {
            e.preventDefault();
            addAssessment({ classId: props.classId, studentId: props.studentId, text, on }).then(
              () => {
                setText('');
                setError(null);
              },
              (failure: unknown) => setError(failureWords(failure)),
            );
          }}
        >
          <TextField label="What I noticed" value={text} onInput={setText} />
          <label class="field">
            <span>On</span>
            <input type="date" value={on} onInput={(e) => setOn(e.currentTarget.value)} />
          </label>
          <div class="toolbar">
            <button type="submit" class="primary" disabled={text.trim() === ''}>
              Add assessment note
            </button>
          </div>
          <Outcome message={null} error={error} />
        </form>
      )}
      {props.notes.length === 0 ? (
        <p class="muted">No assessment notes yet.</p>
      ) : (
        <ol class="timeline" aria-label="Assessment notes">
          {props.notes.map((n) => (
            <li key={n.id} class="row">
              <span class="row-main group-text">
                <time dateTime={n.on}>{weekday(n.on)}</time>
                <span>{n.text}</span>
              </span>
              {!props.readOnly && (
                <button
                  type="button"
                  aria-label={`Delete the assessment note of ${weekday(n.on)}`}
                  onClick={() =>
                    window.confirm('Delete this assessment note?') && void deleteAssessment(n.id)
                  }
                >
                  Delete
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
