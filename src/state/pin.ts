// The screen lock's PIN: 4-8 digits, kept only as a salted PBKDF2-SHA-256 hash through WebCrypto, with a
// growing wait after wrong tries. A screen lock: it keeps a passer-by out of the app, it does not encrypt
// what the device stores.
import type { PinLock } from '../data/index.ts';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. */
export const PIN_ITERATIONS = 600_000;

export function checkPinFormat(pin: string): string | null {
  return /^\d{4,8}$/.test(pin) ? null : 'A PIN is 4 to 8 digits.';
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function makePinLock(
  pin: string,
  idleMinutes: PinLock['idleMinutes'],
  iterations = PIN_ITERATIONS,
): Promise<PinLock> {
  const problem = checkPinFormat(pin);
  if (problem) throw new Error(problem);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    salt: toBase64(salt),
    hash: toBase64(await derive(pin, salt, iterations)),
    iterations,
    idleMinutes,
  };
}

export async function pinMatches(pin: string, lock: PinLock): Promise<boolean> {
  const actual = await derive(pin, fromBase64(lock.salt), lock.iterations);
  const expected = fromBase64(lock.hash);
  // Compared in full whatever the first difference (no early exit).
  let difference = actual.length ^ expected.length;
  for (let i = 0; i < Math.min(actual.length, expected.length); i++)
    difference |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return difference === 0;
}

/** How long the next try waits after `failures` wrong PINs in a row: none for 3, then 2 s doubling to 15 min. */
export function waitAfter(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(15 * 60_000, 1000 * 2 ** (failures - 2));
}
