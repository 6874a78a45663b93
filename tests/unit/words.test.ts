// Messages and dates as the teacher reads them: one stop at the end of a sentence, never two; one date
// style, read in the device's language, a yyyy-MM-dd day as her local day.
import { describe, expect, it } from 'vitest';
import { day, shortDay, weekdayAndTime } from '../../src/data/dates.ts';
import { clause, failureWords, searchWords, sentence } from '../../src/protocol/words.ts';
import { syncWords } from '../../src/ui/syncWords.ts';

describe('messages put together', () => {
  it('ends a sentence with exactly one stop', () => {
    expect(sentence('Nothing was stored.')).toBe('Nothing was stored.');
    expect(sentence('Nothing was stored..')).toBe('Nothing was stored.');
    expect(sentence('Nothing was stored')).toBe('Nothing was stored.');
    expect(sentence('A Wi-Fi sign-in page?')).toBe('A Wi-Fi sign-in page?');
    expect(sentence('She said “done.”')).toBe('She said “done.”');
    expect(failureWords(new Error('The file is empty'))).toBe('The file is empty.');
    expect(`${failureWords(new Error('The file is empty.'))} Nothing was restored.`).toBe(
      'The file is empty. Nothing was restored.',
    );
    expect(failureWords('disk full')).toBe('disk full.');
  });

  it('puts a server’s sentence inside brackets without its period', () => {
    expect(clause('The request is larger than 4 MB. Nothing was stored. ')).toBe(
      'The request is larger than 4 MB. Nothing was stored',
    );
    const words = syncWords({
      kind: 'error',
      reason: 'The server failed. Nothing was stored; try again.',
      waiting: 1,
      conferences: 1,
    });
    expect(words).toBe('Sync error: The server failed. Nothing was stored; try again (1 conference waiting)');
    expect(words).not.toMatch(/\.\.|\.\)|\.\s*\(/);
  });
});

describe('dates', () => {
  it('reads a yyyy-MM-dd day as her local day, in one style', () => {
    const local = new Date(2026, 10, 4);
    expect(day('2026-11-04')).toBe(day(local));
    expect(shortDay('2026-11-04')).toBe(shortDay(local));
    expect(day('2026-11-04')).toContain('2026');
    expect(shortDay('2026-11-04')).not.toContain('2026');
    expect(day(local)).toContain('4');
    const at = new Date(2026, 10, 4, 10, 30).toISOString();
    expect(weekdayAndTime(at)).toContain(day(local).replace(/,? 2026/, ''));
    expect(weekdayAndTime(at)).toMatch(/10:30/);
  });
});

describe('the words Search matches', () => {
  it('are folded and cut at anything but letters, digits and marks', () => {
    expect(searchWords('Okafor-Whitfield’s CAFÉ, 12:30 — “Élan”')).toEqual([
      'okafor',
      'whitfield',
      's',
      'cafe',
      '12',
      '30',
      'elan',
    ]);
    expect(searchWords(' … — ')).toEqual([]);
  });
});
