// Setting, checking and removing her PIN: loaded by the lock screen and Settings, not with the app shell.
import { getSetting, type PinLock, setSetting } from '../data/index.ts';
import { touched, watchIdle } from './idle.ts';
import { makePinLock, pinMatches, waitAfter } from './pin.ts';
import { locked, pinLock } from './privacy.ts';

export async function setPin(pin: string, idleMinutes: PinLock['idleMinutes']): Promise<void> {
  const lock = await makePinLock(pin, idleMinutes);
  await setSetting('pinLock', lock);
  await setSetting('pinFailures', { count: 0, until: 0 });
  pinLock.set(lock);
  watchIdle();
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
    touched();
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
