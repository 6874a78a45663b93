// The classes shared on this device and her part in each, live (data/shareState.ts).
import { NO_SHARES, type ShareState, shareState } from '../data/shareState.ts';
import { useLive } from './useLive.ts';

export function useShares(): ShareState {
  const live = useLive(() => shareState(), [], 'shares');
  return live.status === 'ready' ? live.value : NO_SHARES;
}
