// Over whatever screen she opens first, in a Safari tab on an iPad: her notes could be deleted, and how
// to keep them. Until she dismisses it, once (remembered on the device); Settings says it always
// (SafariTabSection), so here it steps aside there rather than show the same button twice.
import { useLocation } from 'preact-iso';
import { readDeviceFacts } from './deviceFacts.ts';
import { inSafariTab, whereItRuns } from './homeScreen.ts';
import { lateBanner } from './lateBanner.ts';
import { SafariTabSteps } from './SafariTabSteps.tsx';
import { useSetting } from './useSetting.ts';

export function SafariTabNotice() {
  const [, setDismissed] = useSetting('safariTabNoticeDismissed');
  const { path } = useLocation();
  const where = whereItRuns(readDeviceFacts());
  if (!inSafariTab(where) || path === '/settings') return null;
  // Gone at once; if the setting could not be written it simply comes back at the next launch.
  const dismiss = () => {
    lateBanner.set(null);
    void setDismissed(true).catch(() => undefined);
  };
  return (
    <section class="banner banner-warn safari-tab" aria-labelledby="safari-tab-notice-title">
      <div>
        <h2 id="safari-tab-notice-title">Your notes are in a Safari tab</h2>
        <SafariTabSteps device={where.device} />
        <p class="muted">Settings says this too, at the top.</p>
      </div>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </section>
  );
}
