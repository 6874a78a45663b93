// The sheet's timer against the 5-7 minute target: the time the sheet has been in use (timer.ts), not
// the time since it was first opened. Idle for two minutes it stands still and says so; over 20 minutes
// the conference will count as not timed. On the edit sheet: the length the conference was saved with.
import { useContext, useEffect, useState } from 'preact/hooks';
import { formatElapsed, isTimed, NOT_TIMED_OVER_MS, type TimerPhase, timerPhase } from '../../data/index.ts';
import { SheetClockContext } from './useActiveTime.ts';

/** Each phase's class in conference.css. */
const PHASE_CLASS: Record<TimerPhase, string> = {
  early: 'timer-early',
  'on-target': 'timer-on-target',
  over: 'timer-over',
};

const WORDS = { early: 'target 5–7 min', 'on-target': 'on target', over: 'past 7 min' };
const NOT_TIMED = `over ${NOT_TIMED_OVER_MS / 60_000} min: not timed`;

export function SheetTimer() {
  const clock = useContext(SheetClockContext);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!clock?.running) return;
    const tick = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(tick);
  }, [clock]);
  if (!clock) return null;
  const elapsed = clock.read();
  if (elapsed === null || (!clock.running && !isTimed(elapsed)))
    return (
      <span class="timer timer-untimed" role="timer" aria-label="Conference not timed">
        <small>Not timed</small>
      </span>
    );
  const phase = timerPhase(elapsed);
  const words =
    elapsed > NOT_TIMED_OVER_MS
      ? NOT_TIMED
      : clock.running && clock.still()
        ? `${WORDS[phase]} · paused, touch the sheet to go on`
        : WORDS[phase];
  return (
    <span
      class={`timer ${elapsed > NOT_TIMED_OVER_MS ? 'timer-untimed' : PHASE_CLASS[phase]}`}
      role="timer"
      aria-label={`Conference time ${formatElapsed(elapsed)}, ${words}`}
    >
      {formatElapsed(elapsed)} <small>{words}</small>
    </span>
  );
}
