// Settings, first, in a Safari tab on an iPad: the same words and way out as the first screen's notice,
// here for good (the notice can be dismissed, this cannot).
import { readDeviceFacts } from '../../ui/deviceFacts.ts';
import { inSafariTab, whereItRuns } from '../../ui/homeScreen.ts';
import { SafariTabSteps } from '../../ui/SafariTabSteps.tsx';

export function SafariTabSection() {
  const where = whereItRuns(readDeviceFacts());
  if (!inSafariTab(where)) return null;
  return (
    <section class="card safari-tab-card" aria-labelledby="safari-tab-title">
      <h2 id="safari-tab-title">Your notes are in a Safari tab</h2>
      <SafariTabSteps device={where.device} />
    </section>
  );
}
