// Seed 002's record form for one child: "Assessment Notes For … Dates …" over three columns, Conference
// Notes | Goals | Assessment Notes, filled from her records (oldest first, as the form fills down the
// page) with lines below to go on by hand, or blank.
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLoad } from '../../ui/useLoad.ts';
import { ConferenceEntry } from './ConferenceEntry.tsx';
import { FillIn, Lines } from './Lines.tsx';
import { notesSheet } from './printData.ts';

/** Lines under a filled form, for the notes she goes on writing by hand. */
const ROWS_TO_GO_ON = 8;
/** A blank form: as many lines as one portrait page holds, Letter or A4. */
const BLANK_LINES = 22;

export function NotesForm(props: { studentId: string; blank: boolean }) {
  const data = useLoad(
    async () => (props.blank ? null : notesSheet(props.studentId)),
    [props.studentId, props.blank],
  );
  if (data.status === 'loading') return <Loading what="the form" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  const sheet = data.value;
  const dates = sheet?.dates;
  return (
    <article class="paper">
      <h1 class="paper-meta">
        <FillIn label="Assessment Notes For" value={sheet?.name} />
        <FillIn
          label="Dates"
          value={!dates ? '' : dates.from === dates.to ? dates.from : `${dates.from} to ${dates.to}`}
        />
      </h1>
      <p class="paper-meta">
        <FillIn label="Class" value={sheet?.className} />
      </p>
      <table class="paper-three">
        <thead>
          <tr>
            <th>Conference Notes</th>
            <th>Goals</th>
            <th>Assessment Notes</th>
          </tr>
        </thead>
        <tbody>
          {sheet && (
            <tr class="paper-filled-row">
              <td>
                {sheet.conferences.map((c) => (
                  <ConferenceEntry key={c.id} conference={c} full />
                ))}
              </td>
              <td>
                {sheet.goals.map((g) => (
                  <div key={g.id} class="paper-entry">
                    <p>{g.text}</p>
                    <p>
                      {g.status}, set {g.setOn}
                    </p>
                  </div>
                ))}
              </td>
              <td>
                {sheet.assessments.map((a) => (
                  <div key={a.id} class="paper-entry">
                    <p>
                      <strong>{a.on}</strong>: {a.text}
                    </p>
                  </div>
                ))}
              </td>
            </tr>
          )}
          <Lines count={sheet ? ROWS_TO_GO_ON : BLANK_LINES} columns={3} />
        </tbody>
      </table>
    </article>
  );
}
