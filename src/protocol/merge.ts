// The merge rule, once, for every place that merges: the device applying pulled changes (data/apply.ts),
// a backup restored into a device (data/write.ts, `merge`), and the server merging a push (server/merge.ts).
// Per field, the value with the newest HLC wins; HLC strings sort in clock order, and an equal stamp is
// the same write (nothing to do), so merging is commutative, idempotent and order-free. Pure.
import { ClockDriftError, type HybridClock } from './hlc.ts';

/** True when a write stamped `incoming` replaces the one stamped `held` (none held: it always does). */
export function isNewer(incoming: string, held: string | undefined | null): boolean {
  return held === undefined || held === null || incoming > held;
}

/** A record as a device keeps it: its fields, and each field's stamp. */
export interface StampedRecord {
  id: string;
  _clock: Record<string, string>;
  [field: string]: unknown;
}

/**
 * Takes one incoming field into `record` if its stamp is newer than the record's own. Answers what
 * happened: `taken` (with the stamp it replaced, null for a field the record did not have), or not.
 * Changes `record` in place.
 */
export function mergeField(
  record: StampedRecord,
  field: string,
  value: unknown,
  hlc: string,
): { taken: true; replaced: string | null } | { taken: false } {
  const held = record._clock[field];
  if (!isNewer(hlc, held)) return { taken: false };
  record[field] = value;
  record._clock = { ...record._clock, [field]: hlc };
  return { taken: true, replaced: held ?? null };
}

/**
 * A device's clock hears a stamp from elsewhere: it moves past it, never backwards. A stamp more than five
 * minutes ahead of this device (its clock is behind) is still followed, so the next local write sorts after
 * it.
 */
export function hearStamp(clock: HybridClock, hlc: string): void {
  try {
    clock.receive(hlc);
  } catch (error) {
    if (error instanceof ClockDriftError) clock.observe(hlc);
    else throw error;
  }
}
