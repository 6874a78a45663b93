// Add a goal: typed, or one tap from the pattern library. Warns before a fifth active goal (seed 002:
// three or four for the half year are usually enough).
import { useState } from 'preact/hooks';
import { setGoal, tooManyGoalsWarning } from '../../data/index.ts';
import type { Pattern } from '../../patterns/library.ts';
import { failureWords } from '../../protocol/words.ts';
import { PatternPicker } from '../../ui/PatternPicker.tsx';

export function AddGoal(props: {
  classId: string;
  studentId: string;
  band: string;
  activeCount: number;
  patterns: Pattern[];
}) {
  const [mode, setMode] = useState<'closed' | 'type' | 'pattern'>('closed');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const warning = tooManyGoalsWarning(props.activeCount);

  async function add(goalText: string, patternId: string | null) {
    try {
      await setGoal({ classId: props.classId, studentIds: [props.studentId], text: goalText, patternId });
      setText('');
      setError(null);
      setMode('closed');
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  if (mode === 'closed') {
    return (
      <div class="toolbar">
        <button type="button" onClick={() => setMode('type')}>
          Type a goal
        </button>
        <button type="button" onClick={() => setMode('pattern')}>
          Goal from the pattern library
        </button>
      </div>
    );
  }
  return (
    <div class="add-goal">
      {warning && (
        <p class="banner banner-warn" role="alert">
          {warning}
        </p>
      )}
      {mode === 'type' ? (
        <form
          class="inline-form"
          aria-label="New goal"
          onSubmit={(e) => {
            e.preventDefault();
            void add(text, null);
          }}
        >
          <input
            aria-label="Goal"
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
            placeholder="e.g. Develop parts in drafts"
          />
          <button type="submit" class="primary">
            Add goal
          </button>
          <button type="button" onClick={() => setMode('closed')}>
            Cancel
          </button>
        </form>
      ) : (
        <PatternPicker
          patterns={props.patterns}
          band={props.band}
          pick="goal"
          onPick={(p: Pattern) => void add(p.goal, p.id)}
          onClose={() => setMode('closed')}
        />
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
