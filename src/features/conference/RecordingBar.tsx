// While it records: a red dot, *Recording 2:31*, a level bar she can read from arm's length and Stop.
// The bar stays on screen under the sheet's header wherever she has scrolled the sheet (to the note, to
// the photos), so she can always see that it is recording, and stop it.
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { formatElapsed } from '../../data/index.ts';
import type { Readable } from '../../ui/useStatus.ts';
import { useStatus } from '../../ui/useStatus.ts';
import { levelWords, SILENCE_WARNING_MS } from './level.ts';
import { RECORDING_LIMIT_MS, type Reading } from './useRecorder.ts';

/**
 * The sheet's header is sticky at the top and its height changes (a long group's names wrap, the iPad
 * turns): the bar sticks just under it, wherever that is.
 */
function useStickyUnderHeader(ref: RefObject<HTMLElement>) {
  useLayoutEffect(() => {
    const bar = ref.current;
    const header = bar?.closest('form')?.querySelector<HTMLElement>('.sheet-header');
    if (!bar || !header) return;
    const place = () => bar.style.setProperty('--recorder-top', `${header.offsetHeight}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
}

function LevelBar(props: { level: number }) {
  const known = props.level >= 0;
  const percent = known ? Math.round(props.level * 100) : 0;
  const words = known ? levelWords(props.level) : 'Level not shown on this device';
  return (
    <span class="recorder-level-group">
      {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> is a hairline on iPad Safari and its parts cannot be styled alike everywhere; this bar is big, and VoiceOver reads it as a meter */}
      <span
        class="recorder-level"
        role="meter"
        aria-label="Sound level"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words}
      >
        <span class="recorder-level-fill" style={{ width: `${percent}%` }} />
      </span>
      <span class="recorder-level-words" aria-hidden="true">
        {words}
      </span>
    </span>
  );
}

export function RecordingBar(props: { reading: Readable<Reading>; onStop: () => void }) {
  const reading = useStatus(props.reading);
  const bar = useRef<HTMLFieldSetElement>(null);
  useStickyUnderHeader(bar);
  const time = formatElapsed(reading.elapsedMs);
  const left = RECORDING_LIMIT_MS - reading.elapsedMs;
  return (
    <fieldset ref={bar} class="recorder is-recording" data-testid="recording-bar">
      <legend class="visually-hidden">Recording</legend>
      <span class="recorder-dot" aria-hidden="true" />
      <span class="recorder-time" role="timer" aria-label={`Recording, ${time}`}>
        Recording {time}
      </span>
      <LevelBar level={reading.level} />
      {left <= 60_000 && <span class="recorder-left">{Math.ceil(left / 1000)} s left</span>}
      <button type="button" class="recorder-stop" onClick={props.onStop}>
        Stop recording
      </button>
      {reading.quietMs >= SILENCE_WARNING_MS && (
        <p class="recorder-quiet" role="status">
          Not hearing anything: is the microphone covered? It is still recording.
        </p>
      )}
    </fieldset>
  );
}
