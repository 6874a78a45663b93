// Tries counted before they are made (FailureWindow.take): of tries sent all at once, only as many as the
// limit go on, and one given back (it was no guess) frees its place, and only its own.
import { describe, expect, it } from 'vitest';
import { FailureWindow } from '../../src/server/rateLimit.ts';

const HOUR = 60 * 60 * 1000;

describe('tries counted before they are made', () => {
  it('lets the first 20 of 120 tries go on and tells the rest to wait', () => {
    const window = new FailureWindow(20, HOUR, () => 1_000_000);
    const taken = Array.from({ length: 120 }, () => window.take('ana'));
    expect(taken.filter((t) => t.wait === 0)).toHaveLength(20);
    expect(taken.slice(20).every((t) => t.wait === HOUR / 1000)).toBe(true);
    expect(window.take('ben').wait).toBe(0);
  });

  it('frees the place of a try given back, and no other', () => {
    let now = 0;
    const window = new FailureWindow(3, HOUR, () => now);
    const first = window.take('ana');
    now = 10;
    window.take('ana');
    now = 20;
    const third = window.take('ana');
    expect(window.take('ana').wait).toBeGreaterThan(0);
    window.giveBack('ana', third.stamp);
    expect(window.recent('ana')).toEqual([first.stamp, 10]);
    window.giveBack('ana', third.stamp);
    expect(window.recent('ana')).toHaveLength(2);
    expect(window.take('ana').wait).toBe(0);
  });

  it('forgets tries older than the window', () => {
    let now = 0;
    const window = new FailureWindow(2, HOUR, () => now);
    window.take('ana');
    window.take('ana');
    expect(window.take('ana').wait).toBe(HOUR / 1000);
    now = HOUR + 1;
    expect(window.take('ana').wait).toBe(0);
  });
});
