// The classes shared on this device and her part in each, live (data/roles.ts).
import { canEdit, NO_SHARES, type ShareState, shareState } from '../data/index.ts';
import { useLive } from './useLive.ts';

export function useShares(): ShareState {
  return useSharesOrNull() ?? NO_SHARES;
}

/** The same, or null until it is read: for screens that must not offer a coach an edit, even for a frame. */
export function useSharesOrNull(): ShareState | null {
  const live = useLive(() => shareState(), [], 'shares');
  return live.status === 'ready' ? live.value : null;
}

/** Whether she may edit this class: false until known. */
export function useCanEdit(classId: string): boolean {
  const shares = useSharesOrNull();
  return shares !== null && canEdit(shares, classId);
}
