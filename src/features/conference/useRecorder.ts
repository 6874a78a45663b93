// Recording a conference on the sheet. The microphone's sound is kept on the device as it is recorded
// (a piece every second into IndexedDB, as ArrayBuffer), so closing the app, a call or a crash loses at
// most the last couple of seconds. A level meter shows it is hearing; it stops by itself at the limit.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  discardRecording,
  type KeptRecording,
  keptRecording,
  saveRecordingChunk,
} from '../../data/attachments.ts';

/**
 * A piece every second. MP4 (what iPad Safari and Chromium record) is written in fragments that can
 * arrive a piece late, so a crash loses at most about two seconds.
 */
const PIECE_MS = 1000;
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
  | { kind: 'idle'; kept: KeptRecording | null }
  | { kind: 'recording'; elapsedMs: number; level: number }
  | { kind: 'error'; message: string; kept: KeptRecording | null };

interface Running {
  recorder: MediaRecorder;
  stream: MediaStream;
  audio: AudioContext | null;
  frame: number;
  tick: ReturnType<typeof setInterval>;
  startedAt: number;
  written: Promise<void>;
  stopped: Promise<void>;
}

export function useRecorder(draftKey: string, initial: KeptRecording | null) {
  const [state, setState] = useState<RecorderState>({ kind: 'idle', kept: initial });
  const running = useRef<Running | null>(null);

  const finish = async (): Promise<KeptRecording | null> => {
    const r = running.current;
    if (!r) return state.kind === 'recording' ? null : (state.kept ?? null);
    running.current = null;
    clearInterval(r.tick);
    cancelAnimationFrame(r.frame);
    if (r.recorder.state !== 'inactive') r.recorder.stop();
    await r.stopped;
    await r.written;
    for (const track of r.stream.getTracks()) track.stop();
    await r.audio?.close().catch(() => undefined);
    const kept = await keptRecording(draftKey);
    setState({ kind: 'idle', kept });
    return kept;
  };

  const start = async () => {
    const type =
      typeof MediaRecorder === 'undefined'
        ? null
        : pickRecordingType((t) => MediaRecorder.isTypeSupported(t));
    if (!type || !navigator.mediaDevices?.getUserMedia) {
      setState({
        kind: 'error',
        message: 'This browser cannot record sound. You can log the conference without a recording.',
        kept: null,
      });
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setState({ kind: 'error', message: microphoneMessage(error), kept: null });
      return;
    }
    // A new recording replaces one kept for this note (pieces of two recordings do not join).
    await discardRecording(draftKey);
    const recorder = new MediaRecorder(stream, { mimeType: type });
    const startedAt = Date.now();
    let written = Promise.resolve();
    recorder.ondataavailable = (event) => {
      if (event.data.size === 0) return;
      const elapsedMs = Date.now() - startedAt;
      const mime = recorder.mimeType || type;
      written = written.then(async () =>
        saveRecordingChunk({
          draftKey,
          mime: mime.split(';')[0] ?? mime,
          bytes: await event.data.arrayBuffer(),
          startedAt,
          elapsedMs,
        }),
      );
      if (running.current) running.current.written = written;
    };
    const stopped = new Promise<void>((resolve) => {
      recorder.onstop = () => resolve();
    });
    let audio: AudioContext | null = null;
    let analyser: AnalyserNode | null = null;
    try {
      audio = new AudioContext();
      analyser = audio.createAnalyser();
      analyser.fftSize = 512;
      audio.createMediaStreamSource(stream).connect(analyser);
    } catch {
      audio = null;
    }
    const samples = new Uint8Array(512);
    let level = 0;
    const measure = () => {
      if (analyser) {
        analyser.getByteTimeDomainData(samples);
        let sum = 0;
        for (const s of samples) sum += ((s - 128) / 128) ** 2;
        level = Math.min(1, Math.sqrt(sum / samples.length) * 4);
      }
      if (running.current) running.current.frame = requestAnimationFrame(measure);
    };
    const tick = setInterval(() => {
      const elapsedMs = Date.now() - startedAt;
      if (elapsedMs >= RECORDING_LIMIT_MS) void finish();
      else setState({ kind: 'recording', elapsedMs, level });
    }, 250);
    running.current = { recorder, stream, audio, frame: 0, tick, startedAt, written, stopped };
    recorder.start(PIECE_MS);
    running.current.frame = requestAnimationFrame(measure);
    setState({ kind: 'recording', elapsedMs: 0, level: 0 });
  };

  const discard = async () => {
    await discardRecording(draftKey);
    setState({ kind: 'idle', kept: null });
  };

  // Leaving the sheet stops the microphone; what was recorded is kept for the draft. Going to the
  // background (a call, the home screen) asks for what is buffered at once.
  useEffect(() => {
    const flush = () => {
      const recorder = running.current?.recorder;
      if (recorder?.state === 'recording') recorder.requestData();
    };
    const onHide = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      if (running.current) void finish();
    };
  }, []);

  return { state, start, stop: finish, discard };
}
