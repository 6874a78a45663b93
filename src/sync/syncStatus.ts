// The sync status the top bar shows, apart from the sync client itself: the client (and its scheduler,
// account and transport code) loads after the first screen has painted, and publishes here; until then
// there is nothing to say (null).
import { createStatus } from '../data/index.ts';
import type { SyncState } from './scheduler.ts';

export const syncStatus = createStatus<SyncState | null>(null);
