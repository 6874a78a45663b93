// An invitation's one-time code as she types it and as the owner hands it over: its one written form,
// the address that opens the join screen with it filled in (what the QR code holds), and when it expires
// in her words. Pure.
import { differenceInCalendarDays } from 'date-fns';
import { weekday } from '../../data/index.ts';

/** Letters and digits a code never uses, as the sync server makes them (they are misread for others). */
const NEVER_IN_A_CODE = /[01OIL]/;

export type TidyCode = { ok: true; code: string } | { ok: false; problem: string };

/**
 * A code as typed ("k7qm 4xrt", "K7QM-4XRT", "k7qm4xrt") in its one form, K7QM-4XRT, or what is wrong
 * with it before any server is asked (a code that cannot be one would count as a wrong try).
 */
export function tidyCode(typed: string): TidyCode {
  const text = typed.toUpperCase().replace(/[\s\-–—_.]/g, '');
  if (text === '') return { ok: false, problem: 'Type the code the teacher gave you, like K7QM-4XRT.' };
  if (/[^0-9A-Z]/.test(text))
    return { ok: false, problem: 'A code has only letters and digits, like K7QM-4XRT.' };
  if (text.length !== 8)
    return {
      ok: false,
      problem: `A code has 8 letters and digits, like K7QM-4XRT: this one has ${text.length}.`,
    };
  if (NEVER_IN_A_CODE.test(text))
    return {
      ok: false,
      problem:
        'Codes never use 0, O, 1, I or L, so that none is misread: look again at the code (an 8 or a B?).',
    };
  return { ok: true, code: `${text.slice(0, 4)}-${text.slice(4)}` };
}

/** The app's own join screen with the code filled in: what the QR code opens on her iPad. */
export function joinAddress(origin: string, code: string): string {
  return `${origin.replace(/\/+$/, '')}/join?code=${encodeURIComponent(code)}`;
}

/** "Sun, Dec 20, 2026 (in 14 days)": when an invitation stops opening the class. */
export function expiryWords(expiresAt: string, now: Date = new Date()): string {
  const days = differenceInCalendarDays(new Date(expiresAt), now);
  const left = days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
  return `${weekday(expiresAt)} (${left})`;
}
