import { describe, expect, it } from 'vitest';
import { newId } from '../../src/data/ids.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisOf = (id: string) => Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

describe('record keys (UUIDv7)', () => {
  it('are version 7, variant RFC 9562, and carry the time they were made', () => {
    const at = Date.parse('2026-11-27T09:15:00.123Z');
    const id = newId(at + 10_000_000);
    expect(id).toMatch(UUID_V7);
    expect(millisOf(id)).toBe(at + 10_000_000);
  });

  it('sort in the order they were made: within one millisecond, across overflow, and when the clock steps back', () => {
    const at = Date.parse('2030-01-01T00:00:00.000Z');
    // 5,000 in one millisecond: more than the 12-bit counter holds from its start, so it borrows ahead.
    const ids = Array.from({ length: 5_000 }, () => newId(at));
    ids.push(newId(at - 60_000)); // the device's clock set back a minute
    ids.push(newId(at + 60_000));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(millisOf(ids[0] as string)).toBe(at);
    expect(millisOf(ids[4_999] as string)).toBeGreaterThan(at);
  });
});
