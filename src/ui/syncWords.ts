// The words for the sync status, as the top bar and Settings say them.
import type { SyncState } from '../sync/scheduler.ts';

export function syncWords(state: SyncState): string {
  const waiting = state.waiting > 0 ? `${state.waiting} change${state.waiting === 1 ? '' : 's'} waiting` : '';
  switch (state.kind) {
    case 'signed-out':
      return 'Not syncing';
    case 'offline':
      return waiting ? `Offline · ${waiting}` : 'Offline';
    case 'syncing':
      return 'Syncing…';
    case 'synced': {
      const aside = state.setAside > 0 ? ` · ${state.setAside} not synced, see Settings` : '';
      return `${waiting ? `Synced · ${waiting}` : 'Synced'}${aside}`;
    }
    case 'error':
      return `Sync error: ${state.reason}${waiting ? ` (${waiting})` : ''}`;
  }
}
