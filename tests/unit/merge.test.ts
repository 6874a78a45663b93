// The one merge rule (src/protocol/merge.ts): table-driven cases, then properties over random writes —
// order does not matter, a write merged twice changes nothing, and the server's merge of a push and a
// device's merge of the same writes end with the same fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../src/protocol/hlc.ts';
import { isNewer, mergeField, type StampedRecord } from '../../src/protocol/merge.ts';
import { fieldKey, mergeChanges, type StoredField } from '../../src/server/merge.ts';

const at = (millis: number, counter = 0, node = '00000000000000a1') => formatHlc({ millis, counter, node });
const T = Date.UTC(2026, 11, 6, 9, 0, 0);

describe('isNewer', () => {
  it.each([
    ['nothing held', at(T), undefined, true],
    ['nothing held (null)', at(T), null, true],
    ['a later millisecond', at(T + 1), at(T), true],
    ['an earlier millisecond', at(T), at(T + 1), false],
    ['the same stamp: the same write', at(T), at(T), false],
    ['the same millisecond, a higher counter', at(T, 2), at(T, 1), true],
    ['the same millisecond and counter, a higher node', at(T, 1, '00000000000000b1'), at(T, 1), true],
    ['a counter past 9 sorts as a number would', at(T, 16), at(T, 9), true],
  ])('%s', (_, incoming, held, expected) => {
    expect(isNewer(incoming, held)).toBe(expected);
  });
});

describe('mergeField', () => {
  it('takes a newer field, answers the stamp it replaced, and leaves an older one', () => {
    const record: StampedRecord = { id: 'c1', note: 'first', _clock: { note: at(T) } };
    expect(mergeField(record, 'note', 'second', at(T + 5))).toEqual({ taken: true, replaced: at(T) });
    expect(record).toMatchObject({ note: 'second', _clock: { note: at(T + 5) } });
    expect(mergeField(record, 'note', 'stale', at(T + 1))).toEqual({ taken: false });
    expect(record.note).toBe('second');
    expect(mergeField(record, 'teachingPoint', 'Stretch the moment', at(T))).toEqual({
      taken: true,
      replaced: null,
    });
  });
});

interface Write {
  field: 'note' | 'nextStep' | 'deleted';
  value: string;
  hlc: string;
}
const write: fc.Arbitrary<Write> = fc.record({
  field: fc.constantFrom('note', 'nextStep', 'deleted'),
  value: fc.string({ maxLength: 6 }),
  hlc: fc
    .tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom('a1', 'b2'))
    .map(([ms, counter, node]) => at(T + ms, counter, node.padStart(16, '0'))),
});
/** Distinct stamps per field: two different writes never share a stamp (one device, one clock). */
const writes = fc.uniqueArray(write, { selector: (w) => `${w.field}\u0000${w.hlc}`, maxLength: 12 });

function mergedByDevice(list: readonly Write[]): StampedRecord {
  const record: StampedRecord = { id: 'c1', _clock: {} };
  for (const w of list) mergeField(record, w.field, w.value, w.hlc);
  return record;
}

describe('merge properties', () => {
  it('ends the same in any order, and merging again changes nothing', () => {
    fc.assert(
      fc.property(
        writes.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          const once = mergedByDevice(list);
          expect(mergedByDevice(shuffled)).toEqual(once);
          expect(mergedByDevice([...list, ...shuffled])).toEqual(once);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the server’s merge of a push keeps the same winners as a device', () => {
    fc.assert(
      fc.property(writes, writes, (stored, pushed) => {
        const held = mergedByDevice(stored);
        const map = new Map<string, StoredField>(
          Object.entries(held._clock).map(([field, hlc]) => [
            fieldKey('conferences', 'c1', field),
            { json: JSON.stringify(held[field]), hlc },
          ]),
        );
        let tick = 0;
        const { winners } = mergeChanges(
          map,
          pushed.map((w) => ({ table: 'conferences', row: 'c1', ...w })),
          () => at(T + 1000, tick++, '0000000000000000'),
        );
        const server: StampedRecord = { ...held, _clock: { ...held._clock } };
        for (const w of winners) {
          server[w.field] = JSON.parse(w.json);
          server._clock[w.field] = w.hlc;
        }
        expect(server).toEqual(mergedByDevice([...stored, ...pushed]));
      }),
      { numRuns: 300 },
    );
  });
});
