// A visible timer from the moment the sheet opened, against the 5-7 minute target.
import { useEffect, useState } from 'preact/hooks';
import { formatElapsed, timerPhase } from './timer.ts';

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
      class={`timer timer-${phase}`}
      role="timer"
      aria-label={`Conference time ${formatElapsed(elapsed)}, ${WORDS[phase]}`}
    >
      {formatElapsed(elapsed)} <small>{WORDS[phase]}</small>
    </span>
  );
}
