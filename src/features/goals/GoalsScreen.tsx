// The Goals tab: goals to revisit, small-group suggestions, and the room by need (who shares which goal).

import {
  type ClassRecord,
  canEdit,
  day,
  goalKey,
  goalsOfClass,
  latestConferences,
  listStudents,
  patternRecords,
  revisitDue,
  sharedGoals,
} from '../../data/index.ts';
import { libraryFor } from '../../patterns/library.ts';
import { CurrentClassScreen } from '../../ui/CurrentClassScreen.tsx';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { useLive } from '../../ui/useLive.ts';
import { useSharesOrNull } from '../../ui/useShares.ts';
import { suggestGroups } from './suggestGroups.ts';

async function loadGoals(classRow: ClassRecord) {
  const [students, goals, records] = await Promise.all([
    listStudents(classRow.id),
    goalsOfClass(classRow.id),
    patternRecords(classRow.gradeBand),
  ]);
  const latest = await latestConferences(
    classRow.id,
    students.map((s) => s.id),
  );
  return { students, goals, latest, patterns: libraryFor(classRow.gradeBand, records).visible };
}

/** The sheet for a small-group session: the members, the teaching point, their goals linked. */
export function groupSessionHref(
  studentIds: readonly string[],
  point: string,
  goalIds: readonly string[],
): string {
  const query = new URLSearchParams({ students: studentIds.join(','), point });
  if (goalIds.length > 0) query.set('goals', goalIds.join(','));
  return `/conference/new?${query}`;
}

function ClassGoals(props: { classRow: ClassRecord }) {
  const live = useLive(() => loadGoals(props.classRow), [props.classRow.id, props.classRow.gradeBand]);
  const shares = useSharesOrNull();
  if (live.status === 'loading' || shares === null) return <Loading what="goals" />;
  // A coach reads the suggestions: starting a group session is its teachers' to do.
  const reading = !canEdit(shares, props.classRow.id);
  if (live.status === 'error') return <LoadError error={live.error} />;
  const { students, goals, latest, patterns } = live.value;
  const names = new Map(students.map((s) => [s.id, shown(s.name)]));
  const today = new Date();
  const due = revisitDue(goals, today).filter((g) => names.has(g.studentId));
  const shared = sharedGoals(goals, students);
  const groups = suggestGroups({ goals, students, latest, patterns, today });
  if (goals.length === 0) {
    return (
      <EmptyState title="No goals yet">
        <p>
          Set goals from a student’s page or from the pattern library in a conference. Three or four a student
          is usually enough.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <section class="card" aria-labelledby="revisit-title">
        <h2 id="revisit-title">To revisit</h2>
        {due.length === 0 ? (
          <p class="muted">No goal’s revisit date has come. Set one on a student’s goal sheet.</p>
        ) : (
          <ul aria-label="Goals to revisit">
            {due.map((g) => (
              <li key={g.id}>
                <a href={`/students/${g.studentId}`}>{names.get(g.studentId)}</a>: {g.text}{' '}
                <span class="muted">(revisit {g.revisitOn && day(g.revisitOn)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="groups-title">
        <h2 id="groups-title">Small-group suggestions</h2>
        {groups.length === 0 ? (
          <p class="muted">When two or more students share a goal or a recent next step, they appear here.</p>
        ) : (
          <ul class="list" aria-label="Small-group suggestions">
            {groups.map((g) => {
              const goalIds = goals
                .filter(
                  (x) => x.status === 'working' && g.studentIds.includes(x.studentId) && goalKey(x) === g.key,
                )
                .map((x) => x.id);
              const who = g.studentIds.map((id) => names.get(id)).join(', ');
              return (
                <li key={`${g.kind}:${g.label}`} class="row">
                  <span class="row-main group-text">
                    <strong>{g.kind === 'goal' ? `Goal: ${g.label}` : `Next step: ${g.label}`}</strong>
                    <span>{who}</span>
                  </span>
                  {reading ? (
                    g.teachingPoints.length > 0 && (
                      <span class="muted">Teaching points: {g.teachingPoints.join(' · ')}</span>
                    )
                  ) : g.kind === 'goal' && g.teachingPoints.length > 0 ? (
                    // The pattern's teaching points, one each: the session starts with the ONE she taps.
                    <span class="group-points">
                      <span class="muted">Start with one teaching point:</span>
                      {g.teachingPoints.map((point) => (
                        <a
                          key={point}
                          class="button"
                          href={groupSessionHref(g.studentIds, point, goalIds)}
                          aria-label={`Start a small-group session with ${who}: ${point}`}
                        >
                          {point}
                        </a>
                      ))}
                    </span>
                  ) : (
                    <a
                      class="button primary"
                      href={groupSessionHref(g.studentIds, g.teachingPoints[0] ?? '', goalIds)}
                      aria-label={`Start a small-group session with ${who}`}
                    >
                      Start group session
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section class="card" aria-labelledby="room-title">
        <h2 id="room-title">Goals in the room</h2>
        <ul class="list" aria-label="Goals in the room">
          {shared.map((g) => (
            <li key={g.key} class="row">
              <span class="row-main group-text">
                <strong>{g.text}</strong>
                <span>
                  {g.students.map((s, i) => (
                    <>
                      {i > 0 && ', '}
                      <a key={s.id} href={`/students/${s.id}`}>
                        {shown(s.name)}
                      </a>
                    </>
                  ))}
                </span>
              </span>
              <span class="badge">{g.students.length}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function GoalsScreen() {
  return (
    <CurrentClassScreen id="goals-title" title="Goals" beforeAnyClass="first.">
      {(classRow) => <ClassGoals classRow={classRow} />}
    </CurrentClassScreen>
  );
}
