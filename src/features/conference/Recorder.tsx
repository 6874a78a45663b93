// The sheet's recording control. Nothing kept: *Record*. Recording: the bar that stays on screen
// (RecordingBar). Something kept: how long, a player to listen to it before Save, and *Continue
// recording* (adds a part after it: the natural tap after an interruption), *Record again* and
// *Discard recording*, each of which asks first: the kept recording is never replaced by a stray tap.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { KeptRecording } from '../../data/index.ts';
import { minutes } from '../../ui/AudioPlayer.tsx';
import type { Readable } from '../../ui/useStatus.ts';
import { KeptPlayer } from './KeptPlayer.tsx';
import { RecordingBar } from './RecordingBar.tsx';
import { RECORDING_LIMIT_MS, type Reading, type RecorderState, type StartMode } from './useRecorder.ts';

/** Its length as the player gives it (rounded), not as the running clock showed it (whole seconds gone). */
export function keptWords(kept: KeptRecording): string {
  const parts = kept.parts > 1 ? `, in ${kept.parts} parts` : '';
  return `Recording kept (${minutes(kept.durationMs)}${parts}): it is saved with the note.`;
}

type Asking = 'replace' | 'discard';

function Question(props: {
  asking: Asking;
  kept: KeptRecording;
  onAnswer: (answer: StartMode | 'discard' | null) => void;
}) {
  const question = useRef<HTMLLegendElement>(null);
  // VoiceOver reads the question as it appears; a keyboard is on it, Tab goes to the answers.
  useLayoutEffect(() => question.current?.focus(), []);
  const length = minutes(props.kept.durationMs);
  return (
    <fieldset class="recorder-question">
      <legend ref={question} tabIndex={-1}>
        {props.asking === 'replace'
          ? `Replace the recording kept (${length})? It is deleted, and a new recording starts.`
          : `Delete the recording kept (${length})? It cannot be brought back.`}
      </legend>
      {props.asking === 'replace' ? (
        <>
          <button type="button" class="danger" onClick={() => props.onAnswer('new')}>
            Replace it
          </button>
          <button type="button" class="primary" onClick={() => props.onAnswer('continue')}>
            Continue it instead
          </button>
        </>
      ) : (
        <button type="button" class="danger" onClick={() => props.onAnswer('discard')}>
          Delete recording
        </button>
      )}
      <button type="button" onClick={() => props.onAnswer(null)}>
        Cancel
      </button>
    </fieldset>
  );
}

function KeptControls(props: {
  kept: KeptRecording;
  cutOff: boolean;
  busy: boolean;
  draftKey: string;
  onStart: (mode: StartMode) => void;
  onDiscard: () => void;
}) {
  const { kept } = props;
  const [asking, setAsking] = useState<Asking | null>(null);
  // Cancel puts her back on the button she tapped (drawn again once the question goes).
  // (A new object each time: a second Cancel on the same question focuses again.)
  const [cancelled, setCancelled] = useState<{ asked: Asking } | null>(null);
  const again = useRef<HTMLButtonElement>(null);
  const discard = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (cancelled) (cancelled.asked === 'replace' ? again : discard).current?.focus();
  }, [cancelled]);
  const full = kept.durationMs >= RECORDING_LIMIT_MS - 1000;
  const answer = (choice: StartMode | 'discard' | null) => {
    setCancelled(choice === null && asking ? { asked: asking } : null);
    setAsking(null);
    if (choice === 'discard') props.onDiscard();
    else if (choice) props.onStart(choice);
  };
  return (
    <>
      {props.cutOff && (
        <p class="banner banner-warn" role="alert">
          <span>
            The recording stopped by itself (a call or another app took the microphone). What was recorded is
            kept: <em>Continue recording</em> adds to it.
          </span>
        </p>
      )}
      <span class="recorder-kept" role="status">
        {keptWords(kept)}
      </span>
      <KeptPlayer draftKey={props.draftKey} kept={kept} />
      {asking ? (
        <Question asking={asking} kept={kept} onAnswer={answer} />
      ) : (
        <span class="recorder-actions">
          <button
            type="button"
            class="primary"
            disabled={props.busy || full}
            onClick={() => props.onStart('continue')}
          >
            Continue recording
          </button>
          <button type="button" ref={again} disabled={props.busy} onClick={() => setAsking('replace')}>
            Record again
          </button>
          <button type="button" ref={discard} disabled={props.busy} onClick={() => setAsking('discard')}>
            Discard recording
          </button>
        </span>
      )}
      {full && <span class="muted">15 minutes is the most one note keeps.</span>}
    </>
  );
}

export function Recorder(props: {
  state: RecorderState;
  reading: Readable<Reading>;
  draftKey: string;
  onStart: (mode: StartMode) => void;
  onStop: () => void;
  onDiscard: () => void;
}) {
  const { state } = props;
  if (state.kind === 'recording') return <RecordingBar reading={props.reading} onStop={props.onStop} />;
  const busy = state.kind === 'starting';
  return (
    <fieldset class="recorder">
      <legend class="visually-hidden">Recording</legend>
      {state.kind === 'error' && (
        <p class="field-error" role="alert">
          {state.message}
        </p>
      )}
      {busy && (
        <span class="muted" role="status">
          Starting the microphone…
        </span>
      )}
      {state.kept ? (
        <KeptControls
          kept={state.kept}
          cutOff={state.kind === 'idle' && state.cutOff}
          busy={busy}
          draftKey={props.draftKey}
          onStart={props.onStart}
          onDiscard={props.onDiscard}
        />
      ) : (
        <button type="button" disabled={busy} onClick={() => props.onStart('new')}>
          Record
        </button>
      )}
    </fieldset>
  );
}
