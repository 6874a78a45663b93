// The app's one sync client, over the app's own store and the real network.
import { appStore } from '../data/index.ts';
import { transportFor } from './account.ts';
import { SyncClient } from './client.ts';
import { syncStatus } from './syncStatus.ts';

export const sync = new SyncClient(appStore(), transportFor);

// The top bar reads the status from a module of its own (syncStatus.ts), so this client stays out of the
// app shell.
syncStatus.set(sync.status.get());
sync.status.subscribe((state) => syncStatus.set(state));
