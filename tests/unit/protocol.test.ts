import { describe, expect, it } from 'vitest';
import {
  changeSchema,
  parseChanges,
  pullRequestSchema,
  pushRequestSchema,
} from '../../src/protocol/change.ts';

const good = {
  table: 'conferences',
  row: '019a0000-0000-7000-8000-000000000001',
  field: 'teachingPoint',
  value: 'Touch each part, ask if it is connected to what is important.',
  hlc: '2026-11-23T09:14:03.120Z-0001-8f3a2b1c9d0e4f57',
};

describe('change validation', () => {
  it('accepts a well-formed change, with any JSON value where the table declares JSON', () => {
    expect(changeSchema.safeParse(good).success).toBe(true);
    for (const value of [null, true, 3, 'text', ['a'], { nested: { ok: [1, 2] } }]) {
      expect(changeSchema.safeParse({ ...good, table: 'plans', field: 'entries', value }).success).toBe(true);
    }
  });

  it.each([
    ['a field the table does not declare', { field: 'colour' }, 'conferences has no field "colour"'],
    ['a note that is not text', { value: 3 }, 'not a value for conferences.teachingPoint'],
    ['a flag that is not 0 or 1', { field: 'deleted', value: true }, 'not a value for conferences.deleted'],
    [
      'a conference type not in the list',
      { field: 'type', value: 'pep talk' },
      'not a value for conferences.type',
    ],
    [
      'a lens not in the list',
      { field: 'lenses', value: ['structure', 'vibes'] },
      'not a value for conferences.lenses',
    ],
  ])('refuses %s, by the table registry', (_label, patch, message) => {
    const result = changeSchema.safeParse({ ...good, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it.each([
    ['an unknown table', { table: 'users' }],
    ['an empty row key', { row: '' }],
    ['a reserved field', { field: '_clock' }],
    ['a prototype field', { field: '__proto__' }],
    ['a field with punctuation', { field: 'a.b' }],
    ['a bad HLC', { hlc: '2026-11-23 09:14' }],
    ['a value that is not JSON', { value: undefined }],
  ])('refuses %s', (_label, patch) => {
    expect(changeSchema.safeParse({ ...good, ...patch }).success).toBe(false);
  });

  it('checks push and pull bodies', () => {
    expect(pushRequestSchema.safeParse({ deviceId: 'ipad', changes: [good] }).success).toBe(true);
    expect(parseChanges([good, { ...good, hlc: 'x' }])).toMatchObject({ ok: false, index: 1 });
    expect(parseChanges([good, { ...good, baseHlc: null }])).toMatchObject({ ok: true });
    expect(pullRequestSchema.safeParse({ deviceId: 'ipad', cursor: 0 }).success).toBe(true);
    expect(pullRequestSchema.safeParse({ deviceId: 'ipad', cursor: '12', limit: 100 }).success).toBe(true);
    expect(pullRequestSchema.safeParse({ deviceId: 'ipad', cursor: -1 }).success).toBe(false);
    expect(pullRequestSchema.safeParse({ cursor: 0 }).success).toBe(false);
  });
});
