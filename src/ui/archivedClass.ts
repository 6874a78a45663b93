// When no class is open because she ended the year (every class archived): which class to speak of. The
// screens say it was archived and where it went, never "create your first class" as if it were gone.
import type { ClassRecord } from '../data/index.ts';

/**
 * With no active class: the class archived last (the year she has just ended), found by the stamp of the
 * write that archived it (HLC strings sort by time); none when she has no class at all.
 */
export function lastArchived(classes: readonly ClassRecord[]): ClassRecord | null {
  if (classes.some((c) => c.archived === 0)) return null;
  let last: ClassRecord | null = null;
  for (const c of classes) {
    if (c.archived !== 1) continue;
    if (!last || (c._clock.archived ?? '') > (last._clock.archived ?? '')) last = c;
  }
  return last;
}
