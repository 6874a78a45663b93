// One conference on paper, as she would have written it: the date, then what she taught and the next
// step; the notes form adds the kind of conference, what the child said, the strength named, how the
// try-it went and the lenses.
import type { PaperConference } from './paperNotes.ts';

export function ConferenceEntry(props: { conference: PaperConference; full?: boolean }) {
  const c = props.conference;
  const full = props.full === true;
  return (
    <div class="paper-entry">
      <p>
        <strong>{c.when}</strong>
        {full && c.type && ` · ${c.type} conference`}
        {!full && c.point && `: ${c.point}`}
      </p>
      {full && c.said && <p>The child said: {c.said}</p>}
      {full && c.strength && <p>Strength named: {c.strength}</p>}
      {full && c.point && <p>Teaching point: {c.point}</p>}
      {full && c.tryIt && <p>Try it: {c.tryIt}</p>}
      {!full && !c.point && c.strength && <p>Strength named: {c.strength}</p>}
      {c.next && <p>Next step: {c.next}</p>}
      {full && c.lenses && <p>Lenses: {c.lenses}</p>}
    </div>
  );
}
