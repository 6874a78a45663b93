import { render } from 'preact';
import { App } from './app/App.tsx';
import { startCurrentClass } from './state/currentClass.ts';
import { afterFirstScreen } from './state/firstScreen.ts';
import { loadPrivacy, locked, pinLock } from './state/privacy.ts';
// Tokens and the bare page first, then the shared kit, then the shell; each screen brings its own styles.
import './app/tokens.css';
import './ui/kit.css';
import './app/shell.css';

// Marks on the way to the first screen (tests/bench/coldstart-phases.ts reads them; so can Safari's
// Web Inspector on her iPad). The imports above have all run by this line.
performance.mark('shell-evaluated');
// The names cover, initials and the lock are read before anything of hers is shown (the shell shows a
// plain cover until then); a failed read shows the app unlocked rather than no app.
void loadPrivacy().then(
  // With a PIN, the idle lock watches (it loads only then).
  () => {
    performance.mark('privacy-read');
    return pinLock.get() && import('./state/idle.ts').then((idle) => idle.watchIdle());
  },
  () => locked.set(false),
);
// The first screen's reads start now, beside the privacy settings, rather than after its first frames:
// the class on screen, and, when the app opens on this week, its grid (with the week's own code).
const current = startCurrentClass();
if (/^\/week(\/log)?$/.test(location.pathname) && !new URLSearchParams(location.search).has('week'))
  void Promise.all([current, import('./features/week/weekData.ts')])
    .then(([classRow, week]) => classRow && week.prefetchWeek(classRow.id))
    .then(() => performance.mark('week-read'))
    // A failed read here is the screen's to show: its own query reads again and says what went wrong.
    .catch(() => undefined);
current.then(
  () => performance.mark('class-read'),
  () => undefined,
);
// Drawn in the next task: the reads above send their requests first (the database opens with this
// task's promises), and the first render fills the wait for them rather than holding them back.
setTimeout(() => {
  performance.mark('first-render');
  render(<App />, document.getElementById('app') as HTMLElement);
});
// The service worker's registration, the request to keep her data and the Safari-tab notice (and their
// chunks) wait until the first screen has painted. On a first visit the worker registers then, so the
// app works offline from that visit on; once installed (a worker already controls the page) they wait a
// second more, so a tap that comes at once opens its sheet without them (interleaved cold starts: 0.90
// of the time at 1x, 0.94–0.96 at 4x).
afterFirstScreen(() =>
  setTimeout(
    () => {
      void import('./app/pwa.ts').then((pwa) => pwa.startServiceWorker());
      void import('./ui/storageReport.ts').then((storage) => {
        void storage.askForPersistentStorage();
        void storage.warnInSafariTab();
      });
    },
    navigator.serviceWorker?.controller ? 1000 : 0,
  ),
);
// Sync never stands on the path of the first screen: its client loads and resumes once the screen is up.
afterFirstScreen(() => void import('./app/resumeSync.ts').then(({ resumeSync }) => resumeSync()));
