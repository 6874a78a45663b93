// Privacy in the room: names covered at one tap, initials only, and the screen lock (a PIN asked when the
// app opens and after a chosen idle time). Read from the device's settings before anything is shown;
// each change is written before it takes effect, so a reload never uncovers what she covered.
import { getSetting, type PinLock, setSetting } from '../data/index.ts';
import { createStatus } from '../data/status.ts';
import { initialsOnly } from './names.ts';
import { makePinLock, pinMatches, waitAfter } from './pin.ts';

export const namesHidden = createStatus(false);
/** `null` until the settings were read: the shell shows nothing of hers until then. */
export const locked = createStatus<boolean | null>(null);
export const pinLock = createStatus<PinLock | null>(null);

let lastActivity = Date.now();

export async function loadPrivacy(): Promise<void> {
  const [hidden, initials, lock] = await Promise.all([
    getSetting('namesHidden'),
    getSetting('initialsOnly'),
    getSetting('pinLock'),
  ]);
  namesHidden.set(hidden);
  initialsOnly.set(initials);
  pinLock.set(lock);
  // The app opening is a lock moment.
  locked.set(lock !== null);
  lastActivity = Date.now();
}

export async function hideNames(hidden: boolean): Promise<void> {
  await setSetting('namesHidden', hidden);
  namesHidden.set(hidden);
}

export async function setInitialsOnly(on: boolean): Promise<void> {
  await setSetting('initialsOnly', on);
  initialsOnly.set(on);
}

export async function setPin(pin: string, idleMinutes: PinLock['idleMinutes']): Promise<void> {
  const lock = await makePinLock(pin, idleMinutes);
  await setSetting('pinLock', lock);
  await setSetting('pinFailures', { count: 0, until: 0 });
  pinLock.set(lock);
}

export async function setIdleMinutes(idleMinutes: PinLock['idleMinutes']): Promise<void> {
  const lock = pinLock.get();
  if (!lock) return;
  const next = { ...lock, idleMinutes };
  await setSetting('pinLock', next);
  pinLock.set(next);
}

/** Turns the lock off (after her PIN, or after she signed in to her sync account again). */
export async function removePin(): Promise<void> {
  await setSetting('pinLock', null);
  await setSetting('pinFailures', { count: 0, until: 0 });
  pinLock.set(null);
  locked.set(false);
}

export function lockNow(): void {
  if (pinLock.get()) locked.set(true);
}

export type UnlockResult = { ok: true } | { ok: false; waitMs: number; message: string };

/** Checks a PIN; wrong tries in a row make the next one wait longer, across reloads too. */
export async function tryUnlock(pin: string, now = Date.now()): Promise<UnlockResult> {
  const lock = pinLock.get();
  if (!lock) {
    locked.set(false);
    return { ok: true };
  }
  const failures = await getSetting('pinFailures');
  if (failures.until > now) {
    const waitMs = failures.until - now;
    return { ok: false, waitMs, message: `Too many wrong PINs: wait ${Math.ceil(waitMs / 1000)} s.` };
  }
  if (await pinMatches(pin, lock)) {
    await setSetting('pinFailures', { count: 0, until: 0 });
    lastActivity = Date.now();
    locked.set(false);
    return { ok: true };
  }
  const count = failures.count + 1;
  const waitMs = waitAfter(count);
  await setSetting('pinFailures', { count, until: now + waitMs });
  return {
    ok: false,
    waitMs,
    message: `Wrong PIN (${count} in a row).${waitMs > 0 ? ` Wait ${Math.ceil(waitMs / 1000)} s before the next try.` : ''}`,
  };
}

/** Locks after the chosen minutes without a touch or a key, counting time the app spent in the background. */
export function watchIdle(): () => void {
  const touch = () => {
    lastActivity = Date.now();
  };
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
  return () => {
    for (const event of events) window.removeEventListener(event, touch, { capture: true });
    document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  };
}
