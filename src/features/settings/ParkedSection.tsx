// Changes the sync server refused (or that can never fit a request): set aside so the rest syncs. The
// note itself stays on this device; she can read why, and send it again once the cause is fixed. Every
// change of one record set aside for one reason reads as one entry: a new peer conference a coach could
// not plan is one line, not one per field.
import { parkedChanges, retryParked, shortDayAndTime } from '../../data/index.ts';
import { sync } from '../../sync/index.ts';
import { useLive } from '../../ui/useLive.ts';
import { asSentence, parkedEntries } from './parkedEntries.ts';

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
        {parkedEntries(live.value).map((entry) => (
          <li key={entry.key} class="row">
            <span class="row-main group-text">
              <span>{asSentence(entry.words)}</span>
              <span class="muted">Set aside {shortDayAndTime(entry.at)}</span>
            </span>
            <button
              type="button"
              onClick={() =>
                void (async () => {
                  for (const seq of entry.seqs) await retryParked(seq);
                  sync.now();
                })()
              }
            >
              Try again
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
