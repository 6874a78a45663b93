// Which classes on this device are shared, and her part in each: what the last pull said, kept in the
// meta store by the sync engine (data/shares.ts). Small on purpose: the app shell reads it (the class
// picker names a shared class's owner). Only a coach may not edit a class.
import type { SharedClass } from '../protocol/types.ts';
import type { ConferenceRecord, KeptAsideRow } from './records.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

export type { SharedClass } from '../protocol/types.ts';
export type { KeptAsideRow } from './records.ts';

/** What the last pull said: who she is on the sync server, and the classes shared by her or with her. */
export interface ShareState {
  accountId: string | null;
  shares: SharedClass[];
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

export function keptAside(store: Store = appStore()): Promise<KeptAsideRow[]> {
  return read(store, () => store.db.keptAside.orderBy('id').reverse().toArray());
}

export function forgetKeptAside(id: number, store: Store = appStore()): Promise<void> {
  return read(store, () => store.db.keptAside.delete(id));
}

/**
 * Who logged a conference, in words for the screens of a shared class ("you", or her co-teacher's name);
 * null in a class no one else shares.
 */
export function authorOf(
  state: ShareState,
  conference: Pick<ConferenceRecord, 'classId' | 'loggedBy'>,
): string | null {
  if (!state.shares.some((s) => s.classId === conference.classId)) return null;
  const by = conference.loggedBy;
  if (!by || typeof by !== 'object' || by.id === state.accountId) return 'you';
  return typeof by.name === 'string' && by.name ? by.name : 'another teacher';
}
