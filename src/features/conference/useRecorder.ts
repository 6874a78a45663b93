// Recording a conference on the sheet. The microphone's sound is kept on the device as it is recorded
// (a piece every second into IndexedDB, as ArrayBuffer), so closing the app, a call or a crash loses at
// most the last couple of seconds. *Continue recording* adds a part after what is kept; *Record again*
// replaces it. It stops by itself at the limit. The time and the level change ten times a second: they go
// to the recorder's own bar (`reading`), not through the sheet, which re-renders only when recording
// starts or stops.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  createStatus,
  discardRecording,
  type KeptRecording,
  keptRecording,
  saveRecordingChunk,
} from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { heldLevel, levelOf, QUIET } from './level.ts';

/**
 * A piece every second. MP4 (what iPad Safari and Chromium record) is written in fragments that can
 * arrive a piece late, so a crash loses at most about two seconds.
 */
const PIECE_MS = 1000;
const TICK_MS = 100;
export const RECORDING_LIMIT_MS = 15 * 60_000;

/** What iPad Safari records and plays first, then what Chromium and Firefox record. */
export function pickRecordingType(isSupported: (type: string) => boolean): string | null {
  return ['audio/mp4', 'audio/webm;codecs=opus', 'audio/webm'].find((t) => isSupported(t)) ?? null;
}

export function microphoneMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return 'The microphone is not allowed for this app. Allow it in the iPad’s Settings (Safari → Microphone), or log the conference without a recording.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'No microphone was found. You can log the conference without a recording.';
  return `The recording could not start (${error instanceof Error ? error.message : String(error)}). You can log the conference without it.`;
}

export type RecorderState =
  /** `cutOff`: the last part ended without her Stop (a call took the microphone, the app was closed). */
  | { kind: 'idle'; kept: KeptRecording | null; cutOff: boolean }
  | { kind: 'starting'; kept: KeptRecording | null }
  /** `kept`: what was there before this part (Continue adds to it). */
  | { kind: 'recording'; kept: KeptRecording | null }
  | { kind: 'error'; message: string; kept: KeptRecording | null };

/** What the recording bar shows, live: the whole recording's length so far, the level, how long quiet. */
export interface Reading {
  elapsedMs: number;
  level: number;
  quietMs: number;
}

export type StartMode = 'new' | 'continue';

interface Pieces {
  written: Promise<void>;
  failure: unknown;
}

interface Running {
  recorder: MediaRecorder;
  stream: MediaStream;
  audio: AudioContext | null;
  tick: ReturnType<typeof setInterval>;
  pieces: Pieces;
  stopped: Promise<void>;
}

/** A recorder that errs may never say it stopped: Save must not wait on it for ever. */
const STOP_WAIT_MS = 3000;

export function useRecorder(draftKey: string, initial: KeptRecording | null) {
  const [state, setState] = useState<RecorderState>({ kind: 'idle', kept: initial, cutOff: false });
  const [reading] = useState(() => createStatus<Reading>({ elapsedMs: 0, level: 0, quietMs: 0 }));
  const running = useRef<Running | null>(null);
  // Between the tap and the microphone's answer: a second tap starts nothing.
  const starting = useRef(false);
  // What is kept now, for the handlers made in an earlier render.
  const kept = useRef(initial);
  const put = (next: RecorderState) => {
    kept.current = next.kind === 'recording' ? kept.current : next.kept;
    setState(next);
  };

  const finish = async (cutOff = false): Promise<KeptRecording | null> => {
    const r = running.current;
    if (!r) return kept.current;
    running.current = null;
    clearInterval(r.tick);
    if (r.recorder.state !== 'inactive') r.recorder.stop();
    // The stop event comes after the last piece: then every piece's write is in the chain.
    await Promise.race([r.stopped, new Promise((resolve) => setTimeout(resolve, STOP_WAIT_MS))]);
    await r.pieces.written;
    for (const track of r.stream.getTracks()) track.stop();
    // Not waited for: closing the sound processing says nothing about what was kept.
    void r.audio?.close().catch(() => undefined);
    let now: KeptRecording | null;
    try {
      now = await keptRecording(draftKey);
    } catch (failure) {
      // The bar must not stay up with nothing behind it: the sheet says what went wrong.
      put({ kind: 'error', message: failureWords(failure), kept: kept.current });
      return kept.current;
    }
    if (r.pieces.failure)
      put({
        kind: 'error',
        message: `The recording could not be kept on this iPad: ${failureWords(r.pieces.failure)}`,
        kept: now,
      });
    else put({ kind: 'idle', kept: now, cutOff: cutOff && now !== null });
    return now;
  };

  const start = async (mode: StartMode) => {
    if (running.current || starting.current) return;
    starting.current = true;
    try {
      await begin(mode);
    } finally {
      starting.current = false;
    }
  };

  const begin = async (mode: StartMode) => {
    const before = mode === 'continue' ? kept.current : null;
    const baseMs = before?.durationMs ?? 0;
    const type =
      typeof MediaRecorder === 'undefined'
        ? null
        : pickRecordingType((t) => MediaRecorder.isTypeSupported(t));
    if (!type || !navigator.mediaDevices?.getUserMedia) {
      put({
        kind: 'error',
        message: 'This browser cannot record sound. You can log the conference without a recording.',
        kept: kept.current,
      });
      return;
    }
    // Made in the tap itself: iPad Safari starts sound processing only inside a tap, and one made after
    // the wait for the microphone stays suspended (the level bar would sit at nothing).
    let audio: AudioContext | null = null;
    try {
      audio = new AudioContext();
      void audio.resume().catch(() => undefined);
    } catch {
      audio = null;
    }
    put({ kind: 'starting', kept: kept.current });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      await audio?.close().catch(() => undefined);
      put({ kind: 'error', message: microphoneMessage(error), kept: kept.current });
      return;
    }
    // Record again (she said yes to replacing it): the kept parts go only now, once the microphone is
    // hers, so a refused microphone leaves them as they were.
    if (mode === 'new') await discardRecording(draftKey);
    const recorder = new MediaRecorder(stream, { mimeType: type });
    const startedAt = Date.now();
    // Every piece's write, chained: Stop waits for the last piece too, which arrives after the recorder
    // is told to stop (so this is kept on the part, not looked up through `running`, by then cleared).
    const pieces: Pieces = { written: Promise.resolve(), failure: null };
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      const elapsedMs = Date.now() - startedAt;
      const mime = recorder.mimeType || type;
      pieces.written = pieces.written
        .then(async () =>
          saveRecordingChunk({
            draftKey,
            mime: mime.split(';')[0] ?? mime,
            bytes: await event.data.arrayBuffer(),
            startedAt,
            elapsedMs,
          }),
        )
        .catch((failure: unknown) => {
          // The iPad's storage refused a piece (full?): the rest is not kept either; Stop says so.
          pieces.failure ??= failure;
          if (running.current?.pieces === pieces) void finish();
        });
    };
    const stopped = new Promise<void>((resolve) => {
      recorder.onstop = () => resolve();
    });
    // A call taking the microphone, a headset unplugged: what was recorded is kept, and the sheet says so.
    recorder.onerror = () => void finish(true);
    for (const track of stream.getTracks()) track.addEventListener('ended', () => void finish(true));

    let analyser: AnalyserNode | null = null;
    if (audio) {
      try {
        analyser = audio.createAnalyser();
        analyser.fftSize = 2048;
        audio.createMediaStreamSource(stream).connect(analyser);
      } catch {
        analyser = null;
      }
    }
    const samples = new Uint8Array(2048);
    let shown = 0;
    let quietSince = startedAt;
    const tick = setInterval(() => {
      const now = Date.now();
      const elapsedMs = baseMs + now - startedAt;
      if (elapsedMs >= RECORDING_LIMIT_MS) {
        void finish();
        return;
      }
      // No level where the page cannot process sound: the bar then says nothing rather than "silence".
      const measuring = analyser !== null && audio?.state === 'running';
      if (analyser && measuring) {
        analyser.getByteTimeDomainData(samples);
        shown = heldLevel(shown, levelOf(samples));
      }
      if (!measuring || shown >= QUIET) quietSince = now;
      reading.set({ elapsedMs, level: measuring ? shown : -1, quietMs: now - quietSince });
    }, TICK_MS);
    running.current = { recorder, stream, audio, tick, pieces, stopped };
    recorder.start(PIECE_MS);
    reading.set({ elapsedMs: baseMs, level: 0, quietMs: 0 });
    put({ kind: 'recording', kept: before });
  };

  const discard = async () => {
    await discardRecording(draftKey);
    put({ kind: 'idle', kept: null, cutOff: false });
  };

  // Leaving the sheet stops the microphone; what was recorded is kept for the draft. Going to the
  // background (a call, the home screen) asks for what is buffered at once; coming back to a microphone
  // the iPad took away ends the part, kept, and the sheet offers to continue.
  useEffect(() => {
    const flush = () => {
      const recorder = running.current?.recorder;
      if (recorder?.state === 'recording') recorder.requestData();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') return flush();
      const r = running.current;
      if (
        r &&
        (r.recorder.state === 'inactive' || r.stream.getTracks().some((t) => t.readyState === 'ended'))
      )
        void finish(true);
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      if (running.current) void finish();
    };
  }, []);

  return { state, reading, start, stop: () => finish(), discard };
}
