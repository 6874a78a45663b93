// The pure parts of recording and photos: which type to record, the words when the microphone is refused,
// and how a photo is sized.
import { describe, expect, it } from 'vitest';
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
