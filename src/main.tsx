import { render } from 'preact';
import { App } from './app/App.tsx';
import { startServiceWorker } from './app/pwa.ts';
import { sync } from './sync/appSync.ts';
import { askForPersistentStorage } from './ui/storageReport.ts';
// Tokens and the bare page first, then the shared kit, then the shell; each screen brings its own styles.
import './app/tokens.css';
import './ui/kit.css';
import './app/shell.css';

render(<App />, document.getElementById('app') as HTMLElement);
startServiceWorker();
void askForPersistentStorage();
void sync.resume();
