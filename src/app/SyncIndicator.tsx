// Always visible: synced / N waiting / offline / error with the reason.
import { scheduler } from './sync.ts';
import { useStatus } from './useStatus.ts';

export function syncWords(state: ReturnType<typeof scheduler.status.get>): string {
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

export function SyncIndicator() {
  const state = useStatus(scheduler.status);
  return (
    <a
      href="/settings#sync"
      class={`sync-status sync-${state.kind}`}
      aria-live="polite"
      data-testid="sync-status"
    >
      {syncWords(state)}
    </a>
  );
}
