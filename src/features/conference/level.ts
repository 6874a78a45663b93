// How loud the microphone hears the room, as the recorder's level bar shows it. The scale is in decibels
// (as ears and recording meters work): on a linear scale, a voice across a table fills a tenth of the bar
// and the bar looks dead. -60 dBFS and below is an empty bar, 0 dBFS a full one.
const FLOOR_DB = -60;

/** The level (0-1) of one frame of the analyser's time-domain bytes (128 is silence). */
export function levelOf(samples: ArrayLike<number>): number {
  if (samples.length === 0) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += (((samples[i] as number) - 128) / 128) ** 2;
  const rms = Math.sqrt(sum / samples.length);
  if (rms === 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/**
 * The bar rises at once and falls slowly (a meter's "peak hold"): a voice between words does not make it
 * flicker to nothing, so she can read it from arm's length.
 */
export function heldLevel(shown: number, heard: number, fall = 0.08): number {
  return heard >= shown ? heard : Math.max(heard, shown - fall);
}

/** Below this the bar is nearly empty: the microphone hears nothing worth keeping. */
export const QUIET = 0.15;

/** The level in words, for VoiceOver (the bar's value) and beside the bar. */
export function levelWords(level: number): string {
  if (level < QUIET) return 'Not hearing anything';
  if (level < 0.45) return 'Quiet';
  if (level < 0.9) return 'Hearing you';
  return 'Very loud';
}

/** How long a silence may run before the recorder asks whether the microphone is covered. */
export const SILENCE_WARNING_MS = 6000;
