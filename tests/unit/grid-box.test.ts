// The 9-kid grid's boxes, as VoiceOver reads them.
import { describe, expect, it } from 'vitest';
import { spokenLabel } from '../../src/features/week/GridBox.tsx';

describe('a grid box as VoiceOver reads it', () => {
  it('puts one period between parts, never two', () => {
    expect(
      spokenLabel([
        'Log a conference with Ana',
        'today',
        'last teaching point: Reread your lead.',
        null,
        false,
        'seen this week',
      ]),
    ).toBe('Log a conference with Ana. today. last teaching point: Reread your lead. seen this week');
  });
});
