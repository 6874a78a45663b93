import { render } from 'preact';
import { App } from './app/App.tsx';
import { startServiceWorker } from './app/pwa.ts';
import { askForPersistentStorage } from './app/storage.ts';
import { scheduler } from './app/sync.ts';
import './app/styles.css';

render(<App />, document.getElementById('app') as HTMLElement);
startServiceWorker();
void askForPersistentStorage();
scheduler.start();
