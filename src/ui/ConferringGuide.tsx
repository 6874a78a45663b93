// The seeds' words for the research step and the teaching, as lists: shared by the cheat sheet and the
// sheet's "How's it going?" guide, so the two never drift apart.
import {
  CHILDS_GOAL_FOLLOW_UPS,
  CHILDS_GOAL_QUESTION,
  FOLLOW_UP_QUESTIONS,
  OPENING_QUESTIONS,
  SCENARIOS,
  STUDENTS_MIGHT,
  TEACHING_MOVES,
} from '../patterns/cheatSheet.ts';

export function OpeningQuestions() {
  return (
    <>
      <ul>
        {OPENING_QUESTIONS.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h3>Ask the child’s goal first</h3>
      <ul>
        {[CHILDS_GOAL_QUESTION, ...CHILDS_GOAL_FOLLOW_UPS].map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h3>What might students talk about?</h3>
      <ul>
        {STUDENTS_MIGHT.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      <h3>Follow-up questions</h3>
      <ul>
        {FOLLOW_UP_QUESTIONS.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </>
  );
}

export function Scenarios() {
  return (
    <ol>
      {SCENARIOS.map((s) => (
        <li key={s.what}>
          <strong>{s.what}</strong>
          {s.because && (
            <ul>
              {s.because.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
          <ul>
            {s.moves.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function TeachingMoves() {
  return (
    <dl class="facts">
      {TEACHING_MOVES.map((m) => (
        <>
          <dt key={`${m.name}-t`}>{m.name}</dt>
          <dd key={`${m.name}-d`}>{m.how}</dd>
        </>
      ))}
    </dl>
  );
}
