// One box of the 9-kid grid (seed 003's "Keeping Conference Records (9 kids)"): tap to log. Swapping a
// child is a mode of the whole grid (Swap students), never a small button inside a box: a near miss on the
// way to a conference can then never swap the child instead.
import { differenceInCalendarDays } from 'date-fns';
import { shown } from '../../ui/names.ts';
import { type GridBoxView, logHref } from './weekData.ts';

function lastLabel(at: string | undefined, now: Date): string {
  if (!at) return 'No conference yet';
  const days = differenceInCalendarDays(now, new Date(at));
  return days <= 0 ? 'Last: today' : days === 1 ? 'Last: yesterday' : `Last: ${days} days ago`;
}

/** Parts joined as VoiceOver reads them: one period between, never two (a teaching point may end in one). */
export function spokenLabel(parts: readonly (string | false | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.trim().replace(/[.\s]+$/, ''))
    .join('. ');
}

export function GridBox(props: {
  box: GridBoxView;
  weekOf: string;
  now: Date;
  swapping: boolean;
  onSwap: () => void;
  /** A coach reads the grid: a box opens the child's latest conference; an empty box is only a box. */
  reading?: boolean;
}) {
  const { student, last, goal, seenThisWeek, unsaved } = props.box;
  if (!student && props.reading) {
    return (
      <li class="box box-empty">
        <span class="box-main">
          <span class="muted">Empty box</span>
        </span>
      </li>
    );
  }
  if (!student) {
    return (
      <li class="box box-empty">
        <button
          type="button"
          class="box-main"
          onClick={props.onSwap}
          aria-label={`Box ${props.box.index + 1}: choose a student`}
        >
          <span class="muted">Empty box</span>
          <span>Choose a student</span>
        </button>
      </li>
    );
  }
  const when = lastLabel(last?.at, props.now);
  const label = spokenLabel([
    props.reading
      ? `Read the conferences with ${shown(student.name)}`
      : `Log a conference with ${shown(student.name)}`,
    when,
    last?.teachingPoint && `last teaching point: ${last.teachingPoint}`,
    goal && `goal: ${goal.text}`,
    seenThisWeek && 'seen this week',
    unsaved && 'unsaved note',
  ]);
  const content = (
    <>
      <span class="box-name">
        {shown(student.name)}
        {seenThisWeek && <span class="badge"> ✓ seen</span>}
      </span>
      <span class="box-when">{when}</span>
      {last?.teachingPoint && <span class="box-point">{last.teachingPoint}</span>}
      {goal && <span class="box-goal">Goal: {goal.text}</span>}
      {unsaved && <span class="box-unsaved">Unsaved note</span>}
    </>
  );
  if (props.swapping) {
    return (
      <li class="box is-swapping">
        <button
          type="button"
          class="box-main"
          onClick={props.onSwap}
          aria-label={`Swap ${shown(student.name)}`}
        >
          {content}
          <span class="box-swap-cue" aria-hidden="true">
            Tap to swap
          </span>
        </button>
      </li>
    );
  }
  return (
    <li class={`box${seenThisWeek ? ' is-seen' : ''}`}>
      <a class="box-main" href={logHref([student.id], props.weekOf, props.now)} aria-label={label}>
        {content}
      </a>
    </li>
  );
}
