// The pure parts of recording and photos: which type to record, the words when the microphone is refused,
// the level bar, and how a photo is sized.
import { describe, expect, it } from 'vitest';
import { heldLevel, levelOf, levelWords } from '../../src/features/conference/level.ts';
import { scaledSize } from '../../src/features/conference/photo.ts';
import { microphoneMessage, pickRecordingType } from '../../src/features/conference/useRecorder.ts';

describe('recording type', () => {
  it.each([
    ['iPad Safari', ['audio/mp4'], 'audio/mp4'],
    ['Chromium', ['audio/webm;codecs=opus', 'audio/webm'], 'audio/webm;codecs=opus'],
    ['a browser with both', ['audio/webm;codecs=opus', 'audio/mp4'], 'audio/mp4'],
    ['a browser that records nothing we play', ['audio/ogg'], null],
  ])('%s', (_label, supported, expected) => {
    expect(pickRecordingType((t) => supported.includes(t))).toBe(expected);
  });
});

describe('the microphone refused or absent', () => {
  const named = (name: string) => Object.assign(new Error('x'), { name });
  it('says what to do, and that the note can still be logged', () => {
    expect(microphoneMessage(named('NotAllowedError'))).toMatch(/not allowed.*Settings.*without a recording/);
    expect(microphoneMessage(named('NotFoundError'))).toMatch(/No microphone was found.*without a recording/);
    expect(microphoneMessage(new Error('busy'))).toMatch(/could not start \(busy\)/);
  });
});

/** One analyser frame of a sine wave of the given peak (0-1), as the analyser's bytes (128 = silence). */
function tone(peak: number): Uint8Array {
  return Uint8Array.from({ length: 2048 }, (_, i) => Math.round(128 + 127 * peak * Math.sin(i / 7)));
}

describe('the level bar', () => {
  it('is empty for silence and full for the loudest sound', () => {
    expect(levelOf(tone(0))).toBe(0);
    expect(levelOf(new Uint8Array(0))).toBe(0);
    expect(levelOf(tone(1))).toBeGreaterThan(0.93);
  });

  it('shows a voice across a table (about -30 dBFS) half full, not a sliver', () => {
    // A sine's RMS is its peak / √2: a peak of 0.045 is about -30 dBFS.
    const voice = levelOf(tone(0.045));
    expect(voice).toBeGreaterThan(0.4);
    expect(voice).toBeLessThan(0.6);
    expect(levelWords(voice)).toBe('Hearing you');
  });

  it('is louder for a louder sound', () => {
    expect(levelOf(tone(0.2))).toBeGreaterThan(levelOf(tone(0.05)));
  });

  it('rises at once and falls slowly', () => {
    expect(heldLevel(0.2, 0.8)).toBe(0.8);
    expect(heldLevel(0.8, 0)).toBeCloseTo(0.72);
    expect(heldLevel(0.05, 0)).toBe(0);
  });

  it('says in words what the bar shows', () => {
    expect(levelWords(0)).toBe('Not hearing anything');
    expect(levelWords(0.3)).toBe('Quiet');
    expect(levelWords(0.95)).toBe('Very loud');
  });
});

describe('photo size', () => {
  it.each([
    [4000, 3000, 1600, 1200],
    [3000, 4000, 1200, 1600],
    [1200, 900, 1200, 900],
    [1601, 1, 1600, 1],
  ])('%ix%i becomes %ix%i', (w, h, width, height) => {
    expect(scaledSize(w, h)).toEqual({ width, height });
  });
});
