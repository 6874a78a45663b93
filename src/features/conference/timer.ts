// The conference timer: five to seven minutes a child (seed 002). Pure.

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
