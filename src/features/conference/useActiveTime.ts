// The sheet's clock of time in use (timer.ts), fed by the page: a touch, a key, typing or a scroll, the
// app going to the background and back, a recording starting and stopping. The sheet gives it to its
// timer through SheetClock, and keeps what it counted with the draft (useDraft.ts) and, on Save, as the
// conference's length.
import { createContext } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import {
  type ActiveTime,
  advance,
  openClock,
  recording,
  seen,
  standsStill,
  touched,
} from '../../data/index.ts';

export interface SheetClock {
  /** The time counted so far (ms); null for a saved conference with no time. */
  read(): number | null;
  /** True while the clock stands still (idle for two minutes, or hidden). */
  still(): boolean;
  /** False for a conference already saved (the edit sheet): its timer shows the length it was saved with. */
  running: boolean;
}

/** The clock of the sheet she is filling in: it always has a time. */
export interface RunningClock extends SheetClock {
  read(): number;
}

/** The clock the sheet's timer shows. */
export const SheetClockContext = createContext<SheetClock | null>(null);

/** Events that mean she is using the sheet (the idle lock's list, ui/idle.ts). */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

/** A clock of time in use from `initialMs` (what a restored draft had counted), running while mounted. */
export function useActiveTime(initialMs: number, busy: boolean): RunningClock {
  const clock = useRef<ActiveTime | null>(null);
  clock.current ??= openClock(initialMs, Date.now(), document.visibilityState !== 'hidden');
  const now = () => clock.current as ActiveTime;

  useEffect(() => {
    const onInput = () => {
      clock.current = touched(now(), Date.now());
    };
    const onVisibility = () => {
      clock.current = seen(now(), document.visibilityState !== 'hidden', Date.now());
    };
    for (const event of INPUT_EVENTS)
      window.addEventListener(event, onInput, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      for (const event of INPUT_EVENTS) window.removeEventListener(event, onInput, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);

  const wasBusy = useRef(busy);
  useEffect(() => {
    if (wasBusy.current === busy) return;
    wasBusy.current = busy;
    clock.current = recording(now(), busy, Date.now());
  }, [busy]);

  return useMemo(
    () => ({
      read() {
        clock.current = advance(now(), Date.now());
        return clock.current.activeMs;
      },
      still: () => standsStill(now(), Date.now()),
      running: true,
    }),
    [],
  );
}

/** The still clock of a saved conference: the length it was saved with. */
export function savedClock(durationMs: number | null): SheetClock {
  return { read: () => durationMs, still: () => true, running: false };
}
