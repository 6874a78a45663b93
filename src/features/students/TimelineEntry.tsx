// One conference on the student's timeline, readable without opening it: when, what kind, the strength
// named, the teaching point, how the try-it went, the next step, the lenses, and the first lines of the
// note, which a tap expands in place, and in a shared class who logged it. The date opens the conference.
import { useState } from 'preact/hooks';
import {
  authorOf,
  type ConferenceRecord,
  lensWords,
  tryItWords,
  typeWords,
  weekdayAndTime,
} from '../../data/index.ts';
import { useShares } from '../../ui/useShares.ts';

/** A note longer than this, or of more lines, shows its first lines with a way to read the rest. */
const SHORT_NOTE_CHARS = 180;
const SHORT_NOTE_LINES = 3;

function Note(props: { text: string; id: string }) {
  const [open, setOpen] = useState(false);
  const long = props.text.length > SHORT_NOTE_CHARS || props.text.split('\n').length > SHORT_NOTE_LINES;
  return (
    <div class="timeline-note">
      <p id={props.id} class={long && !open ? 'is-clamped' : undefined}>
        Note: {props.text}
      </p>
      {long && (
        <button
          type="button"
          class="link-button"
          aria-expanded={open}
          aria-controls={props.id}
          onClick={() => setOpen(!open)}
        >
          {open ? 'Show less' : 'Show the whole note'}
        </button>
      )}
    </div>
  );
}

export function TimelineEntry(props: { conference: ConferenceRecord }) {
  const c = props.conference;
  const author = authorOf(useShares(), c);
  const type = typeWords(c.type);
  const tryIt = tryItWords(c.tryIt);
  const lenses = lensWords(c.lenses);
  return (
    <>
      <p class="timeline-head">
        <a href={`/conference/${c.id}`} class="timeline-open">
          <time dateTime={c.at}>{weekdayAndTime(c.at)}</time>
        </a>
        {type && <span class="badge">{type}</span>}
        {c.studentIds.length > 1 && <span class="badge">group of {c.studentIds.length}</span>}
        {author && <span class="muted timeline-author">Logged by {author}</span>}
      </p>
      {c.childGoal && <p>Their goal: {c.childGoal}</p>}
      {c.research && <p>The child said: {c.research}</p>}
      {c.compliment && <p>Strength: {c.compliment}</p>}
      {c.teachingPoint && <p>Teaching point: {c.teachingPoint}</p>}
      {tryIt && <p>Try it: {tryIt}</p>}
      {c.nextStep && <p class="muted">Next step: {c.nextStep}</p>}
      {lenses && <p class="muted">Lenses: {lenses}</p>}
      {c.note && <Note text={c.note} id={`note-${c.id}`} />}
    </>
  );
}
