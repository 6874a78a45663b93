import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  formatHlc,
  HybridClock,
  isHlc,
  MAX_DRIFT_MS,
  parseHlc,
} from '../../src/protocol/hlc.ts';

const node = fc.stringMatching(/^[0-9a-f]{16}$/);
// Wall clocks between 2000 and 2100.
const millis = fc.integer({ min: 946684800000, max: 4102444800000 });
const stamp = fc.record({ millis, counter: fc.integer({ min: 0, max: 0xffff }), node });

function compareStamps(a: ReturnType<typeof parseHlc>, b: ReturnType<typeof parseHlc>): number {
  return a.millis - b.millis || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
}

describe('hybrid logical clock', () => {
  it('formats the example from the design', () => {
    const hlc = formatHlc({
      millis: Date.parse('2026-11-23T09:14:03.120Z'),
      counter: 1,
      node: '8f3a2b1c9d0e4f57',
    });
    expect(hlc).toBe('2026-11-23T09:14:03.120Z-0001-8f3a2b1c9d0e4f57');
    expect(isHlc(hlc)).toBe(true);
    expect(parseHlc(hlc)).toEqual({
      millis: Date.parse('2026-11-23T09:14:03.120Z'),
      counter: 1,
      node: '8f3a2b1c9d0e4f57',
    });
  });

  it('rejects strings that are not timestamps', () => {
    for (const bad of [
      '',
      '2026-11-23T09:14:03Z-0001-8f3a2b1c9d0e4f57',
      '2026-11-23T09:14:03.120Z-1-8f3a',
      'x',
    ]) {
      expect(isHlc(bad)).toBe(false);
      expect(() => parseHlc(bad)).toThrow();
    }
  });

  it('string order equals clock order', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const byString = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(byString).toBe(Math.sign(compareStamps(a, b)));
      }),
    );
  });

  it('orders any two stamps totally: equal strings only for equal stamps', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const [x, y] = [formatHlc(a), formatHlc(b)];
        expect(x === y).toBe(compareStamps(a, b) === 0);
        expect([x < y, x > y, x === y].filter(Boolean)).toHaveLength(1);
      }),
    );
  });

  it('send is strictly increasing even when the wall clock steps back', () => {
    fc.assert(
      fc.property(node, fc.array(millis, { minLength: 1, maxLength: 50 }), (id, walls) => {
        let i = 0;
        const clock = new HybridClock(id, () => walls[Math.min(i++, walls.length - 1)] as number);
        let previous = '';
        for (let n = 0; n < walls.length; n++) {
          const next = clock.send();
          expect(next > previous).toBe(true);
          previous = next;
        }
      }),
    );
  });

  it('send after receive is greater than both the local and the remote stamp', () => {
    fc.assert(
      fc.property(
        node,
        node,
        millis,
        fc.integer({ min: -MAX_DRIFT_MS, max: MAX_DRIFT_MS }),
        (a, b, wall, skew) => {
          fc.pre(a !== b);
          const local = new HybridClock(a, () => wall);
          const remote = new HybridClock(b, () => wall + skew);
          const mine = local.send();
          const theirs = remote.send();
          local.receive(theirs);
          const after = local.send();
          expect(after > mine).toBe(true);
          expect(after > theirs).toBe(true);
        },
      ),
    );
  });

  it('refuses a remote stamp more than five minutes in the future', () => {
    const wall = Date.parse('2026-11-23T09:00:00.000Z');
    const clock = new HybridClock('0000000000000001', () => wall);
    const farAhead = formatHlc({ millis: wall + MAX_DRIFT_MS + 1, counter: 0, node: '0000000000000002' });
    const justInside = formatHlc({ millis: wall + MAX_DRIFT_MS, counter: 0, node: '0000000000000002' });
    expect(() => clock.receive(farAhead)).toThrow(ClockDriftError);
    expect(clock.receive(justInside) > justInside).toBe(true);
  });

  it('observe moves up to an own stored stamp and never down', () => {
    const clock = new HybridClock('00000000000000aa', () => 1000);
    clock.observe('2030-01-01T00:00:00.000Z-0005-00000000000000aa');
    expect(clock.send()).toBe('2030-01-01T00:00:00.000Z-0006-00000000000000aa');
    clock.observe('2001-01-01T00:00:00.000Z-0000-00000000000000aa');
    expect(clock.send()).toBe('2030-01-01T00:00:00.000Z-0007-00000000000000aa');
  });
});
