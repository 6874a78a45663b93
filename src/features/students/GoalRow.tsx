// One goal on a student's goal sheet: status, revisit date, the conferences that worked on it.
import {
  type ConferenceRecord,
  conferencesForGoal,
  day,
  GOAL_STATUSES,
  type GoalRecord,
  type GoalStatus,
  goalStatusWords,
  setGoalRevisit,
  setGoalStatus,
  shortDay,
} from '../../data/index.ts';

export function GoalRow(props: {
  goal: GoalRecord;
  conferences: readonly ConferenceRecord[];
  readOnly?: boolean;
}) {
  const { goal } = props;
  const linked = conferencesForGoal(goal.id, props.conferences);
  return (
    <li class="row goal-row">
      <span class="row-main goal-text">
        <strong>{goal.text}</strong>
        <span class="muted">Set {day(goal.setOn)}</span>
        {linked.length === 0 ? (
          <span class="muted">No conferences on this goal yet</span>
        ) : (
          <details class="linked">
            <summary>
              {linked.length} conference{linked.length === 1 ? '' : 's'} on this goal, last{' '}
              {shortDay(linked[0]?.at ?? 0)}
            </summary>
            <ul aria-label={`Conferences on “${goal.text}”`}>
              {linked.map((c) => (
                <li key={c.id}>
                  <a href={`/conference/${c.id}`}>
                    {day(c.at)}
                    {c.teachingPoint && `: ${c.teachingPoint}`}
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </span>
      {props.readOnly ? (
        <span class="goal-status">
          {goalStatusWords(goal.status)}
          {goal.revisitOn && <span class="muted"> · revisit {day(goal.revisitOn)}</span>}
        </span>
      ) : (
        <span class="row-actions">
          <label>
            <span class="visually-hidden">Status of “{goal.text}”</span>
            <select
              value={goal.status}
              onChange={(e) => void setGoalStatus(goal.id, e.currentTarget.value as GoalStatus)}
            >
              {GOAL_STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label class="inline-date">
            <span>Revisit</span>
            <input
              type="date"
              aria-label={`Revisit “${goal.text}” on`}
              value={goal.revisitOn ?? ''}
              onChange={(e) => void setGoalRevisit(goal.id, e.currentTarget.value || null)}
            />
          </label>
        </span>
      )}
    </li>
  );
}
