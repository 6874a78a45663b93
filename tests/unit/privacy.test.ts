// The screen lock's PIN (a salted PBKDF2 hash through WebCrypto, the growing wait), initials only, and
// the lock's state over the device's real settings store.
import { beforeEach, describe, expect, it } from 'vitest';
import { getSetting, setSetting } from '../../src/data/index.ts';
import { checkPinFormat, makePinLock, pinMatches, waitAfter } from '../../src/state/pin.ts';
import { removePin, setPin, tryUnlock } from '../../src/state/pinLock.ts';
import { loadPrivacy, locked, pinLock } from '../../src/state/privacy.ts';
import { guessDeviceName } from '../../src/sync/deviceName.ts';
import { initialsOf, initialsOnly, shown } from '../../src/ui/names.ts';

describe('the PIN', () => {
  it('takes 4 to 8 digits only', () => {
    expect(checkPinFormat('1234')).toBeNull();
    expect(checkPinFormat('12345678')).toBeNull();
    for (const bad of ['123', '123456789', '12a4', ' 1234', ''])
      expect(checkPinFormat(bad)).toBe('A PIN is 4 to 8 digits.');
  });

  it('is kept as a salted slow hash, never as itself, and checked against it', async () => {
    const lock = await makePinLock('2468', 5, 1000);
    expect(JSON.stringify(lock)).not.toContain('2468');
    expect(lock.iterations).toBe(1000);
    expect(await pinMatches('2468', lock)).toBe(true);
    expect(await pinMatches('2469', lock)).toBe(false);
    expect(await pinMatches('24680', lock)).toBe(false);
    // A new salt each time: the same PIN hashes differently.
    const again = await makePinLock('2468', 5, 1000);
    expect(again.salt).not.toBe(lock.salt);
    expect(again.hash).not.toBe(lock.hash);
    await expect(makePinLock('12', 5)).rejects.toThrow('A PIN is 4 to 8 digits.');
  });

  it('makes wrong tries wait longer and longer, up to 15 minutes', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(waitAfter)).toEqual([2000, 4000, 8000, 16000]);
    expect(waitAfter(40)).toBe(15 * 60_000);
  });
});

describe('the lock over the device’s settings', () => {
  beforeEach(async () => {
    await removePin();
  });

  it('locks when the app opens with a PIN set, counts wrong tries across a reload, and unlocks with the PIN', async () => {
    await setPin('9753', 1);
    expect((await getSetting('pinLock'))?.iterations).toBe(600_000);
    await loadPrivacy();
    expect(locked.get()).toBe(true);
    const now = Date.now();
    expect(await tryUnlock('0000', now)).toMatchObject({
      ok: false,
      waitMs: 0,
      message: 'Wrong PIN (1 in a row).',
    });
    expect(await tryUnlock('0000', now)).toMatchObject({ ok: false, waitMs: 0 });
    expect(await tryUnlock('0000', now)).toMatchObject({
      ok: false,
      waitMs: 2000,
      message: 'Wrong PIN (3 in a row). Wait 2 s before the next try.',
    });
    // A reload keeps the count and the wait.
    await loadPrivacy();
    expect(await tryUnlock('9753', now + 500)).toMatchObject({
      ok: false,
      message: 'Too many wrong PINs: wait 2 s.',
    });
    expect(locked.get()).toBe(true);
    expect(await tryUnlock('9753', now + 2500)).toEqual({ ok: true });
    expect(locked.get()).toBe(false);
    expect(await getSetting('pinFailures')).toEqual({ count: 0, until: 0 });
  }, 30_000);

  it('opens unlocked without a PIN, and removing the PIN unlocks', async () => {
    await loadPrivacy();
    expect(locked.get()).toBe(false);
    expect(pinLock.get()).toBeNull();
    await setSetting('pinFailures', { count: 7, until: Date.now() + 60_000 });
    await removePin();
    expect(await getSetting('pinFailures')).toEqual({ count: 0, until: 0 });
  });
});

describe('initials only', () => {
  it('shows a name as its initials when asked, and in full otherwise', () => {
    expect(initialsOf('Ana Lima')).toBe('A.L.');
    expect(initialsOf('  benedict   Okafor-Whitfield ')).toBe('B.O-W.');
    expect(initialsOf('Émile')).toBe('É.');
    expect(initialsOf('')).toBe('');
    expect(initialsOf('<img src=x onerror=alert(1)>')).toBe('<.S.O.');
    initialsOnly.set(false);
    expect(shown('Ana Lima')).toBe('Ana Lima');
    initialsOnly.set(true);
    expect(shown('Ana Lima')).toBe('A.L.');
    initialsOnly.set(false);
  });
});

describe('the device’s name at sign-in', () => {
  it('guesses a plain name from the browser', () => {
    expect(guessDeviceName('Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15')).toBe(
      'iPad',
    );
    expect(
      guessDeviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Mobile/15E148'),
    ).toBe('iPad');
    expect(
      guessDeviceName('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605'),
    ).toBe('Mac');
    expect(guessDeviceName('Mozilla/5.0 (X11; CrOS x86_64 14541.0.0)')).toBe('Chromebook');
    expect(guessDeviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('Windows computer');
    expect(guessDeviceName('curl/8')).toBe('Browser');
  });
});
