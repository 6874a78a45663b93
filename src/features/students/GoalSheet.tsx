// Seed 003's "Sample Form With Goals", for one student: what she is working on, and what she met.
import type { ClassRecord, ConferenceRecord, GoalRecord } from '../../data/index.ts';
import type { Pattern } from '../../patterns/library.ts';
import { AddGoal } from './AddGoal.tsx';
import { GoalRow } from './GoalRow.tsx';

export function GoalSheet(props: {
  classRow: ClassRecord;
  studentId: string;
  goals: GoalRecord[];
  conferences: ConferenceRecord[];
  patterns: Pattern[];
  /** A coach reads the goals: their status and revisit date as words, no way to add or change one. */
  readOnly?: boolean;
}) {
  const active = props.goals.filter((g) => g.status === 'working');
  const past = props.goals.filter((g) => g.status !== 'working');
  return (
    <section class="card" aria-labelledby="goals-heading">
      <h2 id="goals-heading">Goals</h2>
      {active.length === 0 ? (
        <p class="muted">
          {props.readOnly
            ? 'No goals yet.'
            : 'No goals yet. Three or four goals for the half year are usually enough.'}
        </p>
      ) : (
        <ul class="list" aria-label="Active goals">
          {active.map((g) => (
            <GoalRow key={g.id} goal={g} conferences={props.conferences} readOnly={props.readOnly} />
          ))}
        </ul>
      )}
      {!props.readOnly && (
        <AddGoal
          classId={props.classRow.id}
          studentId={props.studentId}
          band={props.classRow.gradeBand}
          activeCount={active.length}
          patterns={props.patterns}
        />
      )}
      {past.length > 0 && (
        <>
          <h3>Met and revised</h3>
          <ul class="list" aria-label="Goal history">
            {past.map((g) => (
              <GoalRow key={g.id} goal={g} conferences={props.conferences} readOnly={props.readOnly} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
