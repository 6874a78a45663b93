// The words for the sync status, as the top bar and Settings say them.
import { clause } from '../protocol/words.ts';
import type { SyncState } from '../sync/index.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What waits, as she counts it: "1 conference waiting", "1 conference and 2 other records waiting". */
export function waitingWords(records: number, conferences = 0): string {
  if (records <= 0) return '';
  const others = records - conferences;
  if (conferences === 0) return `${plural(records, 'record', 'records')} waiting`;
  if (others === 0) return `${plural(conferences, 'conference', 'conferences')} waiting`;
  return `${plural(conferences, 'conference', 'conferences')} and ${plural(others, 'other record', 'other records')} waiting`;
}

/** A class this sync took away is news, not "Synced" as if nothing happened (the notice says more). */
function goneWords(gone: readonly { className: string }[] | undefined): string {
  if (!gone || gone.length === 0) return '';
  if (gone.length === 1) return ` · ${gone[0]?.className} is no longer shared with you`;
  return ` · ${gone.length} classes are no longer shared with you`;
}

export function syncWords(state: SyncState): string {
  const waiting = waitingWords(state.waiting, state.conferences);
  switch (state.kind) {
    case 'signed-out':
      return 'Not syncing';
    case 'offline':
      // The top bar says "Offline" already, beside this: here, only what waits.
      return waiting ? `Waiting to sync: ${waiting.replace(/ waiting$/, '')}` : 'Will sync when online';
    case 'syncing':
      return 'Syncing…';
    case 'synced': {
      const aside = state.setAside > 0 ? ` · ${state.setAside} not synced, see Settings` : '';
      return `${waiting ? `Synced · ${waiting}` : 'Synced'}${aside}${goneWords(state.noLongerShared)}`;
    }
    case 'error':
      return `Sync error: ${clause(state.reason)}${waiting ? ` (${waiting})` : ''}`;
  }
}
