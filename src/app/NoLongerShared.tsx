// A class shared with her that a sync took off this device (its owner removed her, or stopped sharing
// it): said once, on whatever screen she is on, and it stays until she has read it. It names the class
// and where what she had not synced of it was kept. "Read" is kept on the device (roles.ts), so it
// is not said again after a reload, and it shows again after one if she never dismissed it.
// Loaded only when there is something to say (StatusBar), with the sync client it tells.
import { type NoLongerShared, toldNoLongerShared } from '../data/index.ts';
import { sync } from '../sync/index.ts';
import { noLongerSharedWords } from '../ui/noLongerShared.ts';

export function NoLongerSharedNotice(props: { gone: readonly NoLongerShared[] }) {
  const { gone } = props;
  // A live region: VoiceOver reads it when a sync brings it, wherever she is.
  return (
    <div role="status">
      {gone.map((g) => {
        const words = noLongerSharedWords(g);
        const titleId = `gone-${g.classId}`;
        return (
          <section key={g.classId} class="banner banner-warn gone-notice" aria-labelledby={titleId}>
            <div>
              <h2 id={titleId} class="gone-title">
                {words.title}
              </h2>
              <p>
                {words.body} {words.kept && <a href="/settings#kept-aside">Open what was kept</a>}
              </p>
            </div>
            <button
              type="button"
              aria-label={`Dismiss: ${words.title}`}
              onClick={() => void toldNoLongerShared(g.classId).then(() => sync.scheduler.refresh())}
            >
              Dismiss
            </button>
          </section>
        );
      })}
    </div>
  );
}
