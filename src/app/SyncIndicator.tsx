// Always visible: synced / N waiting / offline / error with the reason.
import { sync } from '../sync/appSync.ts';
import { syncWords } from '../ui/syncWords.ts';
import { useStatus } from '../ui/useStatus.ts';

export function SyncIndicator() {
  const state = useStatus(sync.status);
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
