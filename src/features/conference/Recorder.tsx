// The sheet's recording control: Record / Stop, the time, a live level, a countdown in the last minute,
// and what is kept. The words say what happens; the level is also a meter VoiceOver reads.
import { formatElapsed } from './timer.ts';
import { RECORDING_LIMIT_MS, type RecorderState } from './useRecorder.ts';

export function Recorder(props: {
  state: RecorderState;
  onStart: () => void;
  onStop: () => void;
  onDiscard: () => void;
}) {
  const { state } = props;
  if (state.kind === 'recording') {
    const left = RECORDING_LIMIT_MS - state.elapsedMs;
    return (
      <fieldset class="recorder is-recording">
        <legend class="visually-hidden">Recording</legend>
        <span class="recorder-dot" aria-hidden="true" />
        <span role="timer" aria-label={`Recording, ${formatElapsed(state.elapsedMs)}`}>
          Recording {formatElapsed(state.elapsedMs)}
        </span>
        <meter class="recorder-level" min={0} max={1} value={state.level} aria-label="Sound level" />
        {left <= 60_000 && <span class="recorder-left">{Math.ceil(left / 1000)} s left</span>}
        <button type="button" class="primary" onClick={props.onStop}>
          Stop
        </button>
      </fieldset>
    );
  }
  const kept = state.kept;
  return (
    <fieldset class="recorder">
      <legend class="visually-hidden">Recording</legend>
      {state.kind === 'error' && (
        <p class="field-error" role="alert">
          {state.message}
        </p>
      )}
      {kept ? (
        <>
          <span role="status">
            Recording kept ({formatElapsed(kept.durationMs)}): it is saved with the note.
          </span>
          <button type="button" onClick={props.onStart}>
            Record again
          </button>
          <button type="button" onClick={props.onDiscard}>
            Discard recording
          </button>
        </>
      ) : (
        <button type="button" onClick={props.onStart}>
          Record
        </button>
      )}
    </fieldset>
  );
}
