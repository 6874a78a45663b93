// The parts of a recording kept for an unsaved note. *Continue recording* starts a new part after the one
// kept (after an interruption, or after Stop); each part is one MediaRecorder's own file, kept byte for
// byte. Parts are never joined into one file: a recorder's file begins with its container header (MP4's
// ftyp/moov, WebM's EBML header), and an <audio> element given two files joined end to end stops at the
// end of the first (Chromium, MP4 and WebM alike), so the second part would be silently unplayable.
// The players play the parts one after the other instead.
import type { RecordingChunk } from './localRows.ts';

export interface RecordingPart {
  mime: string;
  /** Epoch ms when this part started: all its pieces carry it. */
  startedAt: number;
  durationMs: number;
  /** Its pieces' bytes, in the order they were recorded. */
  pieces: ArrayBuffer[];
  size: number;
}

/**
 * Groups the pieces (in the order they were written) into parts: a piece with a different `startedAt`
 * from the one before begins a new part (one recorder writes one `startedAt` on all its pieces).
 */
export function partsOf(chunks: readonly RecordingChunk[]): RecordingPart[] {
  const parts: RecordingPart[] = [];
  for (const chunk of chunks) {
    let part = parts.at(-1);
    if (!part || part.startedAt !== chunk.startedAt) {
      part = { mime: chunk.mime, startedAt: chunk.startedAt, durationMs: 0, pieces: [], size: 0 };
      parts.push(part);
    }
    part.pieces.push(chunk.bytes);
    part.size += chunk.bytes.byteLength;
    // A piece says how long its recorder had run when it came; the last says how long the part is.
    part.durationMs = Math.max(part.durationMs, chunk.elapsedMs);
  }
  return parts;
}

/** A part's pieces as one file: what its recorder would have handed over had it been stopped. */
export function partBytes(part: RecordingPart): ArrayBuffer {
  const joined = new Uint8Array(part.size);
  let at = 0;
  for (const piece of part.pieces) {
    joined.set(new Uint8Array(piece), at);
    at += piece.byteLength;
  }
  return joined.buffer;
}
