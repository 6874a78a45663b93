// The parent summary is about one child: every other child's name in a note becomes "a classmate".
import { describe, expect, it } from 'vitest';
import { withoutClassmates } from '../../src/features/print/printData.ts';
import { aStudent } from './records.ts';

describe('a classmate, not a name', () => {
  const ana = aStudent('a', { name: 'Ana Lima' });
  const classmates = [
    ana,
    aStudent('b', { name: 'Ben Okafor' }),
    aStudent('j', { name: 'José Núñez' }),
    aStudent('n', { name: 'Anabel Cruz' }),
  ];
  it.each([
    ['You helped Ben Okafor with his lead.', 'You helped a classmate with his lead.'],
    ['Ben and José read it together.', 'a classmate and a classmate read it together.'],
    ['Ask Anabel about her ending.', 'Ask a classmate about her ending.'],
    ['Ana reread her lead.', 'Ana reread her lead.'],
    ['Bent the rules; Benjamin?', 'Bent the rules; Benjamin?'],
  ])('%j → %j', (text, expected) => {
    expect(withoutClassmates(text, classmates, ana)).toBe(expected);
  });
});
