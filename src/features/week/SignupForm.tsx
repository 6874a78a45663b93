// Add a sign-up: the student who asked, and (optionally) why, in the words of seed 003's common problems,
// each with the strategies to teach.
import { useState } from 'preact/hooks';
import { addSignup, type StudentRecord } from '../../data/index.ts';
import { COMMON_PROBLEMS } from '../../patterns/cheatSheet.ts';
import { failureWords } from '../../protocol/words.ts';
import { StudentChooser } from '../../ui/StudentChooser.tsx';

export function strategiesFor(reason: string): string[] {
  return COMMON_PROBLEMS.find((p) => p.problem === reason)?.strategies ?? [];
}

export function SignupForm(props: {
  classId: string;
  students: readonly StudentRecord[];
  onDone: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <StudentChooser
      title="Who asked for a conference?"
      students={props.students}
      multiple={false}
      confirmLabel="Add to the queue"
      error={error}
      onConfirm={([studentId]) =>
        addSignup(props.classId, studentId ?? '', reason).then(props.onDone, (failure: unknown) =>
          setError(failureWords(failure)),
        )
      }
      onCancel={props.onDone}
      below={
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
          {strategiesFor(reason).length > 0 && (
            <p class="muted">Strategies to teach: {strategiesFor(reason).join(' · ')}</p>
          )}
        </fieldset>
      }
    />
  );
}
