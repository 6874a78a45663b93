// The conference timer: five to seven minutes a child (seed 002). Pure.
//
// It counts the time the sheet is in use, not the time since it was first opened: time counts while the
// sheet is on screen (the app in the foreground) and she touched, typed or scrolled on it in the last two
// minutes, or while it records. Left open and idle, in the background, or closed, the clock stands still;
// a draft restored later resumes from the time it had counted (kept with the draft), never from the
// moment it was first opened. `ActiveTime` is that clock; the sheet feeds it events (useActiveTime.ts).

export const TARGET_MIN_MS = 5 * 60_000;
export const TARGET_MAX_MS = 7 * 60_000;

export type TimerPhase = 'early' | 'on-target' | 'over';

export function timerPhase(elapsedMs: number): TimerPhase {
  if (elapsedMs < TARGET_MIN_MS) return 'early';
  if (elapsedMs <= TARGET_MAX_MS) return 'on-target';
  return 'over';
}

export function formatElapsed(elapsedMs: number): string {
  const total = Math.max(0, Math.floor(elapsedMs / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * A conference whose sheet was in use longer than this is "not timed": the sheet was surely left open
 * (or the time comes from before the timer counted only active time), and My conferring leaves it out of
 * the minutes, saying so.
 */
export const NOT_TIMED_OVER_MS = 20 * 60_000;

/** True for a conference length My conferring averages: more than nothing, at most 20 minutes. */
export function isTimed(durationMs: number | null | undefined): durationMs is number {
  return typeof durationMs === 'number' && durationMs > 0 && durationMs <= NOT_TIMED_OVER_MS;
}

/** Two minutes without a touch, a key or typing: the sheet is idle, and its clock stops until the next. */
export const IDLE_AFTER_MS = 2 * 60_000;

export interface ActiveTime {
  /** The time the sheet was in use, counted up to `countedTo`. */
  activeMs: number;
  /** Up to when it is counted (epoch ms); null while the sheet is hidden (the app in the background). */
  countedTo: number | null;
  /** Her last touch, key, typing or scroll on the sheet (epoch ms). */
  lastInputAt: number;
  /** A recording runs: the sheet is in use without a touch. */
  busy: boolean;
}

/** The clock of a sheet opened now (opening it is her doing), resuming from `activeMs` counted before. */
export function openClock(activeMs: number, now: number, visible = true): ActiveTime {
  return { activeMs: Math.max(0, activeMs), countedTo: visible ? now : null, lastInputAt: now, busy: false };
}

/** Counts the time since `countedTo` that the sheet was in use, up to `now`. */
export function advance(clock: ActiveTime, now: number): ActiveTime {
  if (clock.countedTo === null) return clock;
  // The device's clock turned back: count on from the new time, adding nothing.
  if (now < clock.countedTo) return { ...clock, countedTo: now };
  const until = clock.busy ? now : Math.min(now, clock.lastInputAt + IDLE_AFTER_MS);
  return { ...clock, activeMs: clock.activeMs + Math.max(0, until - clock.countedTo), countedTo: now };
}

/** A touch, a key, typing or a scroll on the sheet. */
export function touched(clock: ActiveTime, now: number): ActiveTime {
  return { ...advance(clock, now), lastInputAt: now };
}

/** The sheet went out of sight (the app in the background, the iPad locked) or came back. */
export function seen(clock: ActiveTime, visible: boolean, now: number): ActiveTime {
  if (!visible) return { ...advance(clock, now), countedTo: null };
  return clock.countedTo === null ? { ...clock, countedTo: now } : clock;
}

/** A recording started or stopped (a tap either way). */
export function recording(clock: ActiveTime, busy: boolean, now: number): ActiveTime {
  return { ...advance(clock, now), busy, lastInputAt: now };
}

/** True while the clock stands still: hidden, or idle for two minutes and not recording. */
export function standsStill(clock: ActiveTime, now: number): boolean {
  return clock.countedTo === null || (!clock.busy && now - clock.lastInputAt >= IDLE_AFTER_MS);
}
