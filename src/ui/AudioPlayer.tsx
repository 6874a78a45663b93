// Listening back to a conference: play/pause and scrub (the platform's own controls, which VoiceOver
// knows), the length, and speed 1x / 1.5x / 2x. Plays offline from the device's copy. A recording
// continued after an interruption is in parts (each the recorder's own file, see data/recordingParts.ts):
// they play one after the other, and each part can be picked to play from its start.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttachmentRecord } from '../data/index.ts';
import { useBlobUrls } from './useBlobUrl.ts';

const SPEEDS = [1, 1.5, 2] as const;

export function minutes(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export interface PlayerPart {
  url: string;
  durationMs: number | null;
}

/** The whole length in words for the label: "(3:05)", "(3:05, in 2 parts)", or nothing if unknown. */
export function lengthWords(parts: readonly { durationMs: number | null }[]): string {
  if (parts.length === 0 || parts.some((p) => p.durationMs === null)) return '';
  const total = minutes(parts.reduce((n, p) => n + (p.durationMs ?? 0), 0));
  return parts.length > 1 ? ` (${total}, in ${parts.length} parts)` : ` (${total})`;
}

export function PartsPlayer(props: { parts: readonly PlayerPart[]; label: string }) {
  const { parts } = props;
  const audio = useRef<HTMLAudioElement>(null);
  const [speed, setSpeed] = useState<number>(1);
  const [at, setAt] = useState(0);
  // Set when the next part should start playing as soon as it is in the element.
  const carryOn = useRef(false);
  const part = parts[Math.min(at, parts.length - 1)] as PlayerPart;
  useEffect(() => {
    const element = audio.current;
    if (!element) return;
    // A new source starts at the default rate: the chosen speed carries over to the next part.
    element.defaultPlaybackRate = speed;
    element.playbackRate = speed;
    if (carryOn.current) {
      carryOn.current = false;
      void element.play().catch(() => undefined);
    }
  }, [part.url]);
  const full = `${props.label}${lengthWords(parts)}`;
  return (
    <fieldset class="player">
      <legend class="visually-hidden">{full}</legend>
      {/* biome-ignore lint/a11y/useMediaCaption: a recording of a conversation; there is no caption track */}
      <audio
        ref={audio}
        controls
        preload="metadata"
        src={part.url}
        aria-label={parts.length > 1 ? `${props.label}, part ${at + 1} of ${parts.length}` : full}
        data-part={at + 1}
        onEnded={() => {
          // On to the next part; after the last, back to the first, ready to play it all again.
          carryOn.current = at + 1 < parts.length;
          setAt(at + 1 < parts.length ? at + 1 : 0);
        }}
      />
      {parts.length > 1 && (
        <fieldset class="player-parts">
          <legend class="visually-hidden">Parts, played one after the other</legend>
          {parts.map((p, i) => (
            <button
              key={p.url}
              type="button"
              aria-pressed={i === at}
              onClick={() => {
                carryOn.current = !audio.current?.paused;
                setAt(i);
              }}
            >
              Part {i + 1}
              {p.durationMs !== null && ` (${minutes(p.durationMs)})`}
            </button>
          ))}
        </fieldset>
      )}
      <fieldset class="player-speed">
        <legend class="visually-hidden">Speed</legend>
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={speed === s}
            onClick={() => {
              setSpeed(s);
              if (audio.current) {
                audio.current.defaultPlaybackRate = s;
                audio.current.playbackRate = s;
              }
            }}
          >
            {s}x
          </button>
        ))}
      </fieldset>
    </fieldset>
  );
}

/** A saved conference's recording: its parts in the order they were recorded (their ids are UUIDv7). */
export function AudioPlayer(props: { recordings: readonly AttachmentRecord[]; label: string }) {
  const recordings = [...props.recordings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const source = useBlobUrls(recordings);
  if (source.status === 'loading') return <p class="muted">Loading the recording…</p>;
  if (source.status === 'missing') return <p class="muted">{source.message}</p>;
  return (
    <PartsPlayer
      parts={recordings.map((r, i) => ({ url: source.urls[i] as string, durationMs: r.durationMs }))}
      label={props.label}
    />
  );
}
