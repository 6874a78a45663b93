// Every stored code of a value list reads on paper and in the CSV as the label her screens show it with,
// and none is printed as the code itself.
import { describe, expect, it } from 'vitest';
import { CONFERENCE_TYPES, GOAL_STATUSES, LENSES, TRY_IT_OUTCOMES } from '../../src/data/index.ts';
import { LENS_OPTIONS, TRY_IT_OPTIONS, TYPE_OPTIONS } from '../../src/features/conference/conferenceDraft.ts';
import { GOAL_STATUS_WORDS } from '../../src/features/goals/goalStatusWords.ts';
import { goalStatusWords, lensWords, tryItWords, typeWords } from '../../src/features/print/teacherWords.ts';

describe('codes in the teacher’s words', () => {
  it.each(CONFERENCE_TYPES)('conference type %s', (type) => {
    expect(typeWords(type)).toBe(TYPE_OPTIONS.find((o) => o.value === type)?.label);
    expect(typeWords(type)).not.toBe(type);
  });
  it.each(TRY_IT_OUTCOMES)('try-it %s', (tryIt) => {
    expect(tryItWords(tryIt)).toBe(TRY_IT_OPTIONS.find((o) => o.value === tryIt)?.label);
    expect(tryItWords(tryIt)).not.toBe(tryIt);
  });
  it.each(GOAL_STATUSES)('goal status %s', (status) => {
    expect(goalStatusWords(status)).toBe(GOAL_STATUS_WORDS[status]);
    expect(goalStatusWords(status)).not.toBe(status);
  });
  it('lenses, in the order she ticked them', () => {
    expect(lensWords(['voice', 'elaboration'])).toBe('Voice, Elaboration/craft');
    for (const lens of LENSES)
      expect(lensWords([lens])).toBe(LENS_OPTIONS.find((o) => o.value === lens)?.label);
  });
  it('nothing for a choice she did not make', () => {
    expect(typeWords(null)).toBe('');
    expect(tryItWords(null)).toBe('');
    expect(lensWords([])).toBe('');
  });
});
