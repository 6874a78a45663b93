// A visible timer from the moment the sheet opened, against the 5-7 minute target.
import { useEffect, useState } from 'preact/hooks';
import { formatElapsed, type TimerPhase, timerPhase } from './timer.ts';

/** Each phase's class in conference.css. */
const PHASE_CLASS: Record<TimerPhase, string> = {
  early: 'timer-early',
  'on-target': 'timer-on-target',
  over: 'timer-over',
};

const WORDS = { early: 'target 5–7 min', 'on-target': 'on target', over: 'past 7 min' };

export function SheetTimer(props: { startedAt: number }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const elapsed = now - props.startedAt;
  const phase = timerPhase(elapsed);
  return (
    <span
      class={`timer ${PHASE_CLASS[phase]}`}
      role="timer"
      aria-label={`Conference time ${formatElapsed(elapsed)}, ${WORDS[phase]}`}
    >
      {formatElapsed(elapsed)} <small>{WORDS[phase]}</small>
    </span>
  );
}
