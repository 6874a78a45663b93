// The idle lock: after the minutes she chose without a touch or a key (time in the background counts),
// the app locks. Loaded when a PIN is set, not with the app shell.
import { locked, pinLock } from './privacy.ts';

let lastActivity = Date.now();

/** A touch or a key: the idle time starts again. */
export function touched(): void {
  lastActivity = Date.now();
}

export function lockNow(): void {
  if (pinLock.get()) locked.set(true);
}

let stop: (() => void) | null = null;

/** Starts watching (once: a second call keeps the first watch). */
export function watchIdle(): () => void {
  if (stop) return stop;
  if (typeof window === 'undefined') return () => undefined;
  const touch = touched;
  const check = () => {
    const lock = pinLock.get();
    if (lock && locked.get() === false && Date.now() - lastActivity >= lock.idleMinutes * 60_000)
      locked.set(true);
  };
  const onVisible = () => document.visibilityState === 'visible' && check();
  const events = ['pointerdown', 'keydown', 'input', 'scroll'] as const;
  for (const event of events) window.addEventListener(event, touch, { capture: true, passive: true });
  document.addEventListener('visibilitychange', onVisible);
  const timer = setInterval(check, 5_000);
  stop = () => {
    for (const event of events) window.removeEventListener(event, touch, { capture: true });
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
    stop = null;
  };
  return stop;
}
