// Text that lost when two devices changed the same field offline: review it, put it back, or let it go.
import { dismissConflict, openConflicts, restoreConflict, shortDayAndTime } from '../../data/index.ts';
import { useLive } from '../../ui/useLive.ts';

const FIELD_WORDS: Record<string, string> = {
  note: 'note',
  teachingPoint: 'teaching point',
  nextStep: 'next step',
  compliment: 'strength named',
  research: 'what the child said',
  name: 'name',
  text: 'goal',
};

export function ConflictsSection() {
  const live = useLive(() => openConflicts(), []);
  if (live.status !== 'ready' || live.value.length === 0) return null;
  return (
    <section class="card" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">Changed on two devices</h2>
      <p class="muted">
        The same text was changed on two devices while offline. The newer one is kept; here is the other one.
      </p>
      <ul class="list" aria-label="Conflicts">
        {live.value.map((c) => (
          <li key={c.id} class="row">
            <span class="row-main group-text">
              <span>
                {FIELD_WORDS[c.field] ?? c.field} ({c.table}), {shortDayAndTime(c.at)}
              </span>
              <strong>“{String(c.lostValue)}”</strong>
            </span>
            <button type="button" class="primary" onClick={() => void restoreConflict(c.id)}>
              Restore this text
            </button>
            <button type="button" onClick={() => void dismissConflict(c.id)}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
