// What the sharing tests push and read over real HTTP: whole records as a device pushes them, and every
// change an account can pull.
import { expect } from 'vitest';
import { formatHlc } from '../../src/protocol/hlc.ts';
import type { Change } from '../../src/protocol/types.ts';
import { call } from './servers.ts';

let tick = 0;
export const stamp = (node = '00000000000000a1') =>
  formatHlc({ millis: Date.now() - 60_000, counter: ++tick, node });

/** Every field of a record, as a device pushes it when it makes one. */
export function record(table: Change['table'], row: string, fields: Record<string, unknown>): Change[] {
  return Object.entries(fields).map(([field, value]) => ({
    table,
    row,
    field,
    value: value as Change['value'],
    hlc: stamp(),
  }));
}
export const klass = (id: string, name: string) =>
  record('classes', id, {
    name,
    gradeBand: '3-8',
    schoolYear: '2026-2027',
    archived: 0,
    position: 0,
    deleted: 0,
  });
export const conference = (id: string, classId: string, note: string) =>
  record('conferences', id, {
    classId,
    studentIds: ['s1'],
    at: '2026-11-27T10:00:00.000Z',
    type: null,
    lenses: [],
    research: '',
    childGoal: '',
    compliment: '',
    teachingPoint: 'Reread to find the heart',
    tryIt: null,
    nextStep: '',
    goalIds: [],
    note,
    durationMs: null,
    deleted: 0,
  });

/** A recording's record, naming its conference and its bytes' hash. */
export const attachment = (id: string, conferenceId: string, sha256: string) =>
  record('attachments', id, {
    conferenceId,
    kind: 'audio',
    mime: 'audio/mp4',
    size: 10,
    sha256,
    durationMs: 1000,
    deleted: 0,
  });

export async function pullAll(url: string, token: string) {
  const changes: (Change & { version: number })[] = [];
  let cursor: string | number = 0;
  for (let pages = 0; pages < 100; pages++) {
    const page = await call(url, '/api/v1/sync/pull', { deviceId: 'd', cursor, limit: 50 }, token);
    expect(page.status).toBe(200);
    changes.push(...page.json.changes);
    cursor = page.json.cursor;
    if (!page.json.hasMore)
      return {
        changes,
        shares: page.json.shares,
        account: page.json.account,
        people: page.json.people,
        cursor,
      };
  }
  throw new Error('pull never ended');
}
export const push = (url: string, token: string, changes: Change[]) =>
  call(url, '/api/v1/sync/push', { deviceId: 'd', changes }, token);
export const rowsOf = (changes: readonly Change[], table: string) =>
  [...new Set(changes.filter((c) => c.table === table).map((c) => c.row))].sort();
export const latestValue = (changes: readonly Change[], row: string, field: string, table?: string) =>
  changes.filter((c) => c.row === row && c.field === field && (!table || c.table === table)).at(-1)?.value;
