// After a pattern is picked: offer its goal as the student's goal, in one tap.
import { useState } from 'preact/hooks';
import { type GoalRecord, setGoal } from '../../data/index.ts';
import type { Pattern } from '../patterns/library.ts';

export function GoalOffer(props: {
  pattern: Pattern;
  classId: string;
  studentIds: string[];
  who: string;
  onSet: (goals: GoalRecord[]) => void;
  onDismiss: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  async function accept() {
    try {
      const goals = await setGoal({
        classId: props.classId,
        studentIds: props.studentIds,
        text: props.pattern.goal,
        patternId: props.pattern.id,
      });
      props.onSet(goals);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <section class="banner banner-info goal-offer" aria-label="Goal offer">
      <span>
        Set “{props.pattern.goal}” as a goal for {props.who}?
      </span>
      <button type="button" class="primary" onClick={() => void accept()}>
        Set as goal
      </button>
      <button type="button" onClick={props.onDismiss}>
        Not now
      </button>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
