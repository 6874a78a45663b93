// The app's one sync client, over the app's own store and the real network.
import { appStore } from '../data/index.ts';
import { transportFor } from './account.ts';
import { SyncClient } from './client.ts';

export const sync = new SyncClient(appStore(), transportFor);
