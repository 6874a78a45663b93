// "Last time we talked about…" (seed 003's conference language): the previous teaching point and next step.
import { formatDistanceStrict } from 'date-fns';
import type { ConferenceRecord } from '../../data/index.ts';

export function LastTime(props: { last: ConferenceRecord | null; now: number }) {
  const { last } = props;
  if (!last) return <p class="last-time muted">First conference with this student.</p>;
  return (
    <section class="last-time" aria-label="Last time">
      <strong>Last time we talked about…</strong> (
      {formatDistanceStrict(new Date(last.at), props.now, { addSuffix: true })})
      {last.teachingPoint ? (
        <p>Teaching point: {last.teachingPoint}</p>
      ) : (
        <p class="muted">No teaching point written.</p>
      )}
      {last.nextStep && <p>Next step: {last.nextStep}</p>}
    </section>
  );
}
