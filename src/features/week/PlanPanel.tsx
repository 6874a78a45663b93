// The loose weekly plan (seed 000): which children to confer with, which small groups, which days.
// Not "Monday kids": a week's intention, carried forward or cleared.
import { useState } from 'preact/hooks';
import { carryPlanForward, getPlan, listStudents, type PlanEntry, savePlan } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { StudentChooser } from '../../ui/StudentChooser.tsx';
import { useLive } from '../../ui/useLive.ts';
import { shiftWeek } from './weekData.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

export function PlanPanel(props: { classId: string; weekOf: string }) {
  const { classId, weekOf } = props;
  const [adding, setAdding] = useState<{ kind: PlanEntry['kind']; day: number | null } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const live = useLive(
    async () => ({ plan: await getPlan(classId, weekOf), students: await listStudents(classId) }),
    [classId, weekOf],
  );
  if (live.status === 'loading') return <Loading what="the plan" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const entries = live.value.plan?.entries ?? [];
  const names = new Map(live.value.students.map((s) => [s.id, shown(s.name)]));
  const save = (next: PlanEntry[]) =>
    savePlan(classId, weekOf, next).then(
      () => setMessage(null),
      (failure: unknown) => setMessage(failureWords(failure)),
    );
  return (
    <section class="card" aria-labelledby="plan-title">
      <h2 id="plan-title">Plan for the week</h2>
      {entries.length === 0 ? (
        <p class="muted">No plan yet: a loose list of children and small groups, so everyone is seen.</p>
      ) : (
        <ul class="list" aria-label="Plan">
          {entries.map((e, i) => (
            <li key={`${e.kind}-${e.studentIds.join()}-${e.day}`} class="row">
              <span class="row-main">
                <strong>{e.day === null ? 'Any day' : DAYS[e.day]}</strong>&nbsp;·{' '}
                {e.kind === 'group' ? 'Small group: ' : ''}
                {e.studentIds.map((id) => names.get(id) ?? '?').join(', ')}
              </span>
              <button
                type="button"
                onClick={() => void save(entries.filter((_, j) => j !== i))}
                aria-label={`Remove from the plan: ${e.studentIds.map((id) => names.get(id)).join(', ')}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {adding && (
        <StudentChooser
          title={adding.kind === 'group' ? 'Plan a small group: who?' : 'Plan conferences: who?'}
          students={live.value.students}
          multiple
          confirmLabel="Add to the plan"
          above={
            <fieldset class="field chips">
              <legend>When</legend>
              <div class="segmented">
                {[null, 0, 1, 2, 3, 4].map((d) => (
                  <label key={String(d)} class="chip">
                    <input
                      type="radio"
                      name="plan-day"
                      checked={adding.day === d}
                      onChange={() => setAdding({ ...adding, day: d })}
                    />
                    <span>{d === null ? 'Any day' : DAYS[d]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          }
          onConfirm={(ids) => {
            const next: PlanEntry[] =
              adding.kind === 'group'
                ? [{ kind: 'group', studentIds: ids, day: adding.day, note: '' }]
                : ids.map((id) => ({ kind: 'conference', studentIds: [id], day: adding.day, note: '' }));
            void save([...entries, ...next]);
            setAdding(null);
          }}
          onCancel={() => setAdding(null)}
        />
      )}
      <div class="toolbar">
        <button type="button" onClick={() => setAdding({ kind: 'conference', day: null })}>
          Plan conferences
        </button>
        <button type="button" onClick={() => setAdding({ kind: 'group', day: null })}>
          Plan a small group
        </button>
        {entries.length > 0 && (
          <>
            <button
              type="button"
              onClick={() =>
                void carryPlanForward(classId, weekOf, shiftWeek(weekOf, 1)).then(() =>
                  setMessage('Copied to next week.'),
                )
              }
            >
              Carry forward to next week
            </button>
            <button type="button" onClick={() => void save([])}>
              Clear plan
            </button>
          </>
        )}
      </div>
      {message && (
        <p class="muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
