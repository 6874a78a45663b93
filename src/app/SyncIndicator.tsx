// Always visible once the sync client has loaded (a moment after the first screen): synced / N waiting /
// offline / error with the reason.
import { type SyncState, syncStatus } from '../sync/index.ts';
import { syncWords } from '../ui/syncWords.ts';
import { useStatus } from '../ui/useStatus.ts';

/** Each sync state's class in shell.css. */
const STATE_CLASS: Record<SyncState['kind'], string> = {
  'signed-out': 'sync-signed-out',
  offline: 'sync-offline',
  syncing: 'sync-syncing',
  synced: 'sync-synced',
  error: 'sync-error',
};

export function SyncIndicator() {
  const state = useStatus(syncStatus);
  if (!state) return null;
  return (
    <a
      href="/settings#sync"
      class={`sync-status ${STATE_CLASS[state.kind]}`}
      aria-live="polite"
      data-testid="sync-status"
    >
      {syncWords(state)}
    </a>
  );
}
