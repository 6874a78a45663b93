// What she wrote in a class that is no longer shared with her, and had not synced when the class left this
// device: kept here in words, to copy into a note of her own, until she deletes it.
import { forgetKeptAside, keptAside, shortDayAndTime } from '../../data/index.ts';
import { useLive } from '../../ui/useLive.ts';

export function KeptAsideSection() {
  const live = useLive(() => keptAside(), []);
  if (live.status !== 'ready' || live.value.length === 0) return null;
  return (
    // The notice of a class no longer shared links here (/settings#kept-aside).
    <section class="card" id="kept-aside" aria-labelledby="kept-aside-title">
      <h2 id="kept-aside-title">Kept from classes no longer shared</h2>
      <p class="muted">
        These classes stopped being shared with you before what you wrote in them had synced. It is kept here,
        on this device only: copy what you need, then delete it.
      </p>
      <ul class="list" aria-label="Kept from classes no longer shared">
        {live.value.map((k) => (
          <li key={k.id} class="row kept-aside">
            <span class="row-main group-text">
              <strong>
                {k.what}, {k.className}
              </strong>
              <span class="kept-text">{k.text}</span>
              <span class="muted">Kept {shortDayAndTime(k.at)}</span>
            </span>
            <span class="row-actions">
              <button
                type="button"
                aria-label={`Copy ${k.what}`}
                onClick={() => void navigator.clipboard?.writeText(`${k.what}, ${k.className}\n${k.text}`)}
              >
                Copy
              </button>
              <button
                type="button"
                aria-label={`Delete ${k.what}`}
                onClick={() => {
                  if (window.confirm(`Delete what was kept of ${k.what}? It is on no other device.`))
                    void forgetKeptAside(k.id as number);
                }}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
