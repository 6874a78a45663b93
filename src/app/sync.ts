// The app's one sync scheduler over its own store.
import { appStore } from '../data/index.ts';
import { transportFor } from '../sync/account.ts';
import { SyncScheduler } from '../sync/scheduler.ts';

export const scheduler = new SyncScheduler(appStore(), transportFor);
