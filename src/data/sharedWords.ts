// What the screens of a shared class show beyond the share list itself (roles.ts): who logged a note,
// what was kept aside from a class no longer shared, and that class until she has read that it left.
import type { ConferenceRecord, KeptAsideRow } from './records.ts';
import type { ShareState } from './roles.ts';
import { appStore, type Store } from './store.ts';
import { read } from './write.ts';

export function keptAside(store: Store = appStore()): Promise<KeptAsideRow[]> {
  return read(store, () => store.db.keptAside.orderBy('id').reverse().toArray());
}

export function forgetKeptAside(id: number, store: Store = appStore()): Promise<void> {
  return read(store, () => store.db.keptAside.delete(id));
}

/**
 * Who logged a conference, in words for the screens of a shared class ("you", or her co-teacher's name);
 * null in a class no one else shares. The name is the one that teacher has now (Settings → Your name), so
 * notes logged before she set it read the same; the name stamped when the note arrived stands in only for
 * a teacher who no longer shares a class with her.
 */
export function authorOf(
  state: ShareState,
  conference: Pick<ConferenceRecord, 'classId' | 'loggedBy'>,
): string | null {
  if (!state.shares.some((s) => s.classId === conference.classId)) return null;
  const by = conference.loggedBy;
  if (!by || typeof by !== 'object' || by.id === state.accountId) return 'you';
  const now = state.people?.find((p) => p.id === by.id)?.name;
  if (now) return now;
  return typeof by.name === 'string' && by.name ? by.name : 'another teacher';
}

/** A class that stopped being shared with her and left this device, until she has read that it did. */
export interface NoLongerShared {
  classId: string;
  className: string;
  /** Its owner's name, as the last pull that listed it gave it. */
  owner: string;
  /** How many of her records in it had not synced, and were kept aside (Settings). */
  kept: number;
  at: string;
}

export const NO_LONGER_SHARED_KEY = 'noLongerShared';

/** The classes taken off this device that she has not yet been told of. */
export function noLongerShared(store: Store = appStore()): Promise<NoLongerShared[]> {
  return read(
    store,
    async () =>
      ((await store.db.meta.get(NO_LONGER_SHARED_KEY))?.value as NoLongerShared[] | undefined) ?? [],
  );
}

/** She read that this class left her device: it is not said again. */
export function toldNoLongerShared(classId: string, store: Store = appStore()): Promise<void> {
  return read(store, () =>
    store.db.transaction('rw', store.db.meta, async () => {
      const told = ((await store.db.meta.get(NO_LONGER_SHARED_KEY))?.value as NoLongerShared[]) ?? [];
      await store.db.meta.put({
        key: NO_LONGER_SHARED_KEY,
        value: told.filter((n) => n.classId !== classId),
      });
    }),
  );
}
