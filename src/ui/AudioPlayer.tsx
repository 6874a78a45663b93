// Listening back to a conference: play/pause and scrub (the platform's own controls, which VoiceOver
// knows), the length, and speed 1x / 1.5x / 2x. Plays offline from the device's copy.
import { useRef, useState } from 'preact/hooks';
import type { AttachmentRecord } from '../data/index.ts';
import { useBlobUrl } from './useBlobUrl.ts';

const SPEEDS = [1, 1.5, 2] as const;

function minutes(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

export function AudioPlayer(props: { recording: AttachmentRecord; label: string }) {
  const source = useBlobUrl(props.recording.sha256, props.recording.mime);
  const audio = useRef<HTMLAudioElement>(null);
  const [speed, setSpeed] = useState<number>(1);
  const length = props.recording.durationMs === null ? '' : ` (${minutes(props.recording.durationMs)})`;
  if (source.status === 'loading') return <p class="muted">Loading the recording…</p>;
  if (source.status === 'missing') return <p class="muted">{source.message}</p>;
  return (
    <fieldset class="player">
      <legend class="visually-hidden">{`${props.label}${length}`}</legend>
      {/* biome-ignore lint/a11y/useMediaCaption: a recording of a conversation; there is no caption track */}
      <audio
        ref={audio}
        controls
        preload="metadata"
        src={source.url}
        aria-label={`${props.label}${length}`}
      />
      <fieldset class="player-speed">
        <legend class="visually-hidden">Speed</legend>
        {SPEEDS.map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={speed === s}
            onClick={() => {
              setSpeed(s);
              if (audio.current) audio.current.playbackRate = s;
            }}
          >
            {s}x
          </button>
        ))}
      </fieldset>
    </fieldset>
  );
}
