// Erase this device: every record, draft, recording, photo and setting the app keeps here goes. Imported
// by path (Settings only). What has not synced is lost: the screen says how much before she confirms.
import { clear } from 'idb-keyval';
import { appStore, type Store } from './store.ts';

export async function eraseDevice(store: Store = appStore()): Promise<void> {
  // Dexie closes the database and deletes it (records, outbox, drafts, recordings, photos' bytes).
  await store.db.delete();
  await clear();
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage blocked: nothing of ours is there then.
  }
}
