// The invitation code as the invited teacher types it and as the owner's screen shows it: one written form
// whatever the case, spaces or dash; what cannot be a code is said before any server is asked; the QR code
// holds the app's own join address and is a QR code a camera can find (its three finder squares).
import { describe, expect, it } from 'vitest';
import { expiryWords, joinAddress, tidyCode } from '../../src/features/classes/inviteCode.ts';
import { QUIET_ZONE, qrSquares } from '../../src/features/classes/qrCode.ts';
import { normaliseCode } from '../../src/server/invitations.ts';

describe('the code as she types it', () => {
  it.each([
    ['K7QM-4XRT', 'K7QM-4XRT'],
    ['k7qm-4xrt', 'K7QM-4XRT'],
    ['k7qm 4xrt', 'K7QM-4XRT'],
    ['  K7QM4XRT ', 'K7QM-4XRT'],
    ['k7 qm–4x rt', 'K7QM-4XRT'],
  ])('“%s” is %s, as the server reads it', (typed, code) => {
    expect(tidyCode(typed)).toEqual({ ok: true, code });
    expect(normaliseCode(code)).toEqual(normaliseCode(typed));
    expect(normaliseCode(code)).not.toBeNull();
  });

  it.each([
    ['', /^Type the code/],
    ['K7QM-4XR', /8 letters and digits.*this one has 7/],
    ['K7QM-4XRTT', /this one has 9/],
    ['K7QM/4XRT', /only letters and digits/],
    ['K7QM-4XR0', /never use 0, O, 1, I or L/],
    ['KIQM-4XRT', /never use 0, O, 1, I or L/],
  ])('“%s” is not a code: %s', (typed, problem) => {
    const tidy = tidyCode(typed);
    expect(tidy.ok).toBe(false);
    if (!tidy.ok) expect(tidy.problem).toMatch(problem);
  });
});

describe('the join address and the expiry', () => {
  it('opens the app’s own join screen with the code filled in', () => {
    expect(joinAddress('https://clipboard.school.org/', 'K7QM-4XRT')).toBe(
      'https://clipboard.school.org/join?code=K7QM-4XRT',
    );
  });

  it('says when the invitation expires, in days she counts', () => {
    const now = new Date(2026, 11, 6, 9, 0);
    expect(expiryWords(new Date(2026, 11, 20, 8, 0).toISOString(), now)).toMatch(/\(in 14 days\)$/);
    expect(expiryWords(new Date(2026, 11, 7, 8, 0).toISOString(), now)).toMatch(/\(tomorrow\)$/);
    expect(expiryWords(new Date(2026, 11, 6, 23, 0).toISOString(), now)).toMatch(/\(today\)$/);
    expect(expiryWords(new Date(2026, 11, 20, 8, 0).toISOString(), now)).toMatch(/20/);
  });
});

describe('the QR code', () => {
  const darkSet = (path: string) =>
    new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));

  it('has its three finder squares inside a light quiet zone, so a camera finds it', () => {
    const { size, path } = qrSquares(joinAddress('https://clipboard.school.org', 'K7QM-4XRT'));
    const dark = darkSet(path);
    const count = size - 2 * QUIET_ZONE;
    expect(count).toBeGreaterThanOrEqual(21);
    expect((count - 21) % 4).toBe(0);
    const isDark = (col: number, row: number) => dark.has(`${col + QUIET_ZONE},${row + QUIET_ZONE}`);
    for (const [left, top] of [
      [0, 0],
      [count - 7, 0],
      [0, count - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        // The outer ring dark, the ring inside it light, the 3x3 centre dark.
        for (const [c, r] of [
          [i, 0],
          [i, 6],
          [0, i],
          [6, i],
        ] as const)
          expect(isDark(left + c, top + r)).toBe(true);
      }
      for (let i = 1; i < 6; i++)
        for (const [c, r] of [
          [i, 1],
          [i, 5],
          [1, i],
          [5, i],
        ] as const)
          expect(isDark(left + c, top + r)).toBe(false);
      for (let c = 2; c < 5; c++) for (let r = 2; r < 5; r++) expect(isDark(left + c, top + r)).toBe(true);
    }
    // Nothing is drawn in the quiet zone.
    for (const key of dark) {
      const [col, row] = key.split(',').map(Number) as [number, number];
      expect(
        col >= QUIET_ZONE && col < size - QUIET_ZONE && row >= QUIET_ZONE && row < size - QUIET_ZONE,
      ).toBe(true);
    }
  });

  it('differs for another code', () => {
    const a = qrSquares(joinAddress('https://x.org', 'K7QM-4XRT')).path;
    const b = qrSquares(joinAddress('https://x.org', 'K7QM-4XRU')).path;
    expect(a).not.toBe(b);
  });
});
