// Add a sign-up: the student who asked, and (optionally) why, in the words of seed 003's common problems,
// each with the strategies to teach.
import { useState } from 'preact/hooks';
import { addSignup, type StudentRecord } from '../../data/index.ts';
import { COMMON_PROBLEMS } from '../patterns/cheatSheet.ts';

export function strategiesFor(reason: string): string[] {
  return COMMON_PROBLEMS.find((p) => p.problem === reason)?.strategies ?? [];
}

export function SignupForm(props: {
  classId: string;
  students: readonly StudentRecord[];
  onDone: () => void;
}) {
  const [studentId, setStudentId] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="card form"
      aria-label="Add a sign-up"
      onSubmit={(e) => {
        e.preventDefault();
        addSignup(props.classId, studentId, reason).then(props.onDone, (failure: unknown) =>
          setError(failure instanceof Error ? failure.message : String(failure)),
        );
      }}
    >
      <label class="field">
        <span>Who asked for a conference?</span>
        <select value={studentId} onChange={(e) => setStudentId(e.currentTarget.value)}>
          <option value="">Choose a student…</option>
          {props.students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="field chips">
        <legend>Why (optional)</legend>
        <div class="segmented">
          {COMMON_PROBLEMS.map((p) => (
            <label key={p.problem} class="chip">
              <input
                type="radio"
                name="reason"
                checked={reason === p.problem}
                onChange={() => setReason(p.problem)}
              />
              <span>“{p.problem}”</span>
            </label>
          ))}
        </div>
        <input
          aria-label="Another reason"
          value={COMMON_PROBLEMS.some((p) => p.problem === reason) ? '' : reason}
          onInput={(e) => setReason(e.currentTarget.value)}
          placeholder="Or in her words…"
        />
      </fieldset>
      {strategiesFor(reason).length > 0 && (
        <p class="muted">Strategies to teach: {strategiesFor(reason).join(' · ')}</p>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="toolbar">
        <button type="submit" class="primary" disabled={studentId === ''}>
          Add to the queue
        </button>
        <button type="button" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
