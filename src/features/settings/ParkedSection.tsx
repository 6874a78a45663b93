// Changes the sync server refused (or that can never fit a request): set aside so the rest syncs. The
// note itself stays on this device; she can read why, and send it again once the cause is fixed.
import { shortDayAndTime } from '../../data/dates.ts';
import { parkedChanges } from '../../data/index.ts';
import { retryParked } from '../../data/parking.ts';
import { sync } from '../../sync/appSync.ts';
import { useLive } from '../../ui/useLive.ts';

export function ParkedSection() {
  const live = useLive(() => parkedChanges(), []);
  if (live.status !== 'ready' || live.value.length === 0) return null;
  return (
    <section class="card" aria-labelledby="parked-title">
      <h2 id="parked-title">Not synced</h2>
      <p class="muted">
        These changes are saved on this device but the sync server would not take them. Everything else syncs
        as usual.
      </p>
      <ul class="list" aria-label="Changes not synced">
        {live.value.map((p) => (
          <li key={p.seq} class="row">
            <span class="row-main group-text">
              <span>{p.reason}</span>
              <span class="muted">Set aside {shortDayAndTime(p.at)}</span>
            </span>
            <button type="button" onClick={() => void retryParked(p.seq).then(() => sync.now())}>
              Try again
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
