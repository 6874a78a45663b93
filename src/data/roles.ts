// Which classes on this device are shared, and her part in each: what the last pull said, kept in the
// meta store by the sync engine (data/sharedClassList.ts). Small on purpose: the app shell reads it (the class
// picker names a shared class's owner; the top bar tells her of a class no longer shared with her).
// Only a coach may not edit a class.
import type { Person, SharedClass } from '../protocol/types.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

export type { Person, SharedClass } from '../protocol/types.ts';
export type { KeptAsideRow } from './records.ts';

/** What the last pull said: who she is on the sync server, and the classes shared by her or with her. */
export interface ShareState {
  accountId: string | null;
  shares: SharedClass[];
  /** The teachers she shares a class with, by the names they have now (absent before the first such pull). */
  people?: Person[];
}

export const NO_SHARES: ShareState = { accountId: null, shares: [] };
export const SHARES_KEY = 'shares';

export function shareState(store: Store = appStore()): Promise<ShareState> {
  return read(store, async () => ((await store.db.meta.get(SHARES_KEY))?.value as ShareState) ?? NO_SHARES);
}

/** Her role in a class on this device: 'owner' for every class not shared with her. */
export function roleIn(state: ShareState, classId: string): SharedClass['role'] {
  return state.shares.find((s) => s.classId === classId)?.role ?? 'owner';
}

/** A coach reads a class and adds reflections; nothing else of it is hers to change. */
export function canEdit(state: ShareState, classId: string): boolean {
  return roleIn(state, classId) !== 'coach';
}
