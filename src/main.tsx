import { render } from 'preact';
import { App } from './app/App.tsx';
import { sync } from './sync/appSync.ts';
import { afterFirstScreen } from './ui/firstScreen.ts';
import { loadPrivacy, locked, pinLock } from './ui/privacy.ts';
import { askForPersistentStorage } from './ui/storageReport.ts';
// Tokens and the bare page first, then the shared kit, then the shell; each screen brings its own styles.
import './app/tokens.css';
import './ui/kit.css';
import './app/shell.css';

render(<App />, document.getElementById('app') as HTMLElement);
// The names cover, initials and the lock are read before anything of hers is shown (the shell shows a
// plain cover until then); a failed read shows the app unlocked rather than no app.
void loadPrivacy().then(
  // With a PIN, the idle lock watches (it loads only then).
  () => pinLock.get() && import('./ui/idle.ts').then((idle) => idle.watchIdle()),
  () => locked.set(false),
);
// The service worker's registration (and its chunk) waits until the first screen has painted.
afterFirstScreen(() => void import('./app/pwa.ts').then((pwa) => pwa.startServiceWorker()));
void askForPersistentStorage();
void sync.resume();
