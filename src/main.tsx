import { render } from 'preact';
import { App } from './app/App.tsx';
import { startServiceWorker } from './app/pwa.ts';
import { sync } from './sync/appSync.ts';
import { askForPersistentStorage } from './ui/storageReport.ts';
import './app/styles.css';

render(<App />, document.getElementById('app') as HTMLElement);
startServiceWorker();
void askForPersistentStorage();
void sync.resume();
