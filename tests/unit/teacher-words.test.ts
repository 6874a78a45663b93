// Every value list is declared once, in the registry (src/protocol/valueLists.ts), with the words the
// teacher reads each code in: the registry checks stored values against the same list, and the paper, the
// CSV, the timeline and My conferring read a code through it. (That the sheet and Search show the same
// words is seen in the browser: tests/e2e/goals.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  ATTACHMENT_KINDS,
  type Choice,
  CONFERENCE_TYPES,
  GOAL_STATUSES,
  GRADE_BANDS,
  goalStatusWords,
  LENSES,
  labelOf,
  lensWords,
  TRY_IT_OUTCOMES,
  tryItWords,
  typeWords,
  valuesOf,
} from '../../src/data/index.ts';
import { checkField, type SyncedTable } from '../../src/protocol/tables.ts';

const LISTS: [string, readonly Choice[], SyncedTable, string][] = [
  ['grade bands', GRADE_BANDS, 'classes', 'gradeBand'],
  ['conference types', CONFERENCE_TYPES, 'conferences', 'type'],
  ['try-it outcomes', TRY_IT_OUTCOMES, 'conferences', 'tryIt'],
  ['goal statuses', GOAL_STATUSES, 'goals', 'status'],
  ['attachment kinds', ATTACHMENT_KINDS, 'attachments', 'kind'],
];

describe('one list of codes and words', () => {
  it.each(LISTS)(
    '%s: the registry takes exactly the listed codes, each with words of its own',
    (_, list, table, field) => {
      for (const { value, label } of list) {
        expect(checkField(table, field, value)).toBeNull();
        expect(label.trim()).not.toBe('');
      }
      expect(new Set(list.map((c) => c.label)).size).toBe(list.length);
      expect(checkField(table, field, 'not-a-listed-code')).toMatch(/not a value/);
    },
  );

  it('lenses: a conference takes any of the listed lenses, and no other', () => {
    expect(checkField('conferences', 'lenses', valuesOf(LENSES))).toBeNull();
    expect(checkField('conferences', 'lenses', ['elaboration', 'craft'])).toMatch(/not a value/);
  });

  it('codes read in the teacher’s words on paper and in the CSV', () => {
    for (const { value, label } of CONFERENCE_TYPES) expect(typeWords(value)).toBe(label);
    for (const { value, label } of TRY_IT_OUTCOMES) expect(tryItWords(value)).toBe(label);
    for (const { value, label } of GOAL_STATUSES) expect(goalStatusWords(value)).toBe(label);
    expect(lensWords(['voice', 'elaboration'])).toBe('Voice, Elaboration/craft');
    expect(goalStatusWords('working')).toBe('Working on it');
  });

  it('nothing for a choice she did not make; a code from a newer app reads as stored', () => {
    expect(typeWords(null)).toBe('');
    expect(tryItWords(null)).toBe('');
    expect(lensWords([])).toBe('');
    expect(labelOf(LENSES, 'ideas')).toBe('ideas');
  });
});
