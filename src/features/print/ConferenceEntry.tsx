// One conference on paper, as she would have written it: the date, then what she taught and the next
// step; the notes form adds the type, the strength named and how the try-it went.
import type { PaperConference } from './paperNotes.ts';

export function ConferenceEntry(props: { conference: PaperConference; full?: boolean }) {
  const c = props.conference;
  const full = props.full === true;
  return (
    <div class="paper-entry">
      <p>
        <strong>{c.when}</strong>
        {full && c.type && ` · ${c.type}`}
        {c.point && `: ${c.point}`}
      </p>
      {full && c.strength && <p>Strength named: {c.strength}</p>}
      {full && c.tryIt && <p>Try it: {c.tryIt}</p>}
      {!full && !c.point && c.strength && <p>Strength named: {c.strength}</p>}
      {c.next && <p>Next step: {c.next}</p>}
    </div>
  );
}
