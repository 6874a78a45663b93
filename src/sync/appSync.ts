// The app's one sync client, over the app's own store and the real network.
import { appStore } from '../data/index.ts';
import { transportFor } from './account.ts';
import { SyncClient } from './client.ts';
import { syncStatus } from './syncStatus.ts';

/** The top bar reads the status from a module of its own (syncStatus.ts), so this client stays out of the
 * app shell: the client publishes there from the moment it is made. */
function publishingStatus(client: SyncClient): SyncClient {
  syncStatus.set(client.status.get());
  client.status.subscribe((state) => syncStatus.set(state));
  return client;
}

export const sync = publishingStatus(new SyncClient(appStore(), transportFor));
