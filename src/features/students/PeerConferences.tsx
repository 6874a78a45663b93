// Seed 001: set up peer conferring so kids have a place to go for support. A peer conference she plans
// here (who, about what) shows on both children's pages.
import { useState } from 'preact/hooks';
import { type PeerRecord, planPeerConference, type StudentRecord, weekday } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { shown } from '../../ui/names.ts';
import { StudentChooser } from '../../ui/StudentChooser.tsx';

export function PeerConferences(props: {
  student: StudentRecord;
  classmates: StudentRecord[];
  peers: PeerRecord[];
  /** A coach reads the peer conferences its teachers planned: she plans none (the server would refuse). */
  readOnly?: boolean;
}) {
  const [choosing, setChoosing] = useState(false);
  const [about, setAbout] = useState('');
  const [error, setError] = useState<string | null>(null);
  const names = new Map(props.classmates.map((s) => [s.id, shown(s.name)]));
  return (
    <div class="peer-conferences">
      {props.peers.length > 0 && (
        <ul class="list" aria-label="Peer conferences">
          {props.peers.map((p) => {
            const other = p.studentIds.find((id) => id !== props.student.id) ?? '';
            return (
              <li key={p.id} class="row">
                <span class="row-main">
                  Peer conference with {names.get(other) ?? 'a classmate'}, {weekday(p.on)}
                  {p.about && `: ${p.about}`}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {!props.readOnly && (
        <div class="toolbar">
          <button type="button" onClick={() => setChoosing(true)}>
            Plan a peer conference
          </button>
        </div>
      )}
      {choosing && (
        <StudentChooser
          title={`${shown(props.student.name)} will confer with…`}
          students={props.classmates.filter((s) => s.id !== props.student.id && s.archived === 0)}
          multiple={false}
          confirmLabel="Plan the peer conference"
          error={error}
          below={
            <label class="field">
              <span>About what?</span>
              <input
                value={about}
                onInput={(e) => setAbout(e.currentTarget.value)}
                placeholder="e.g. reading the lead aloud"
              />
            </label>
          }
          onConfirm={([peer]) =>
            planPeerConference({
              classId: props.student.classId,
              studentIds: [props.student.id, peer ?? ''],
              about,
            }).then(
              () => {
                setChoosing(false);
                setAbout('');
                setError(null);
              },
              (failure: unknown) => setError(failureWords(failure)),
            )
          }
          onCancel={() => setChoosing(false)}
        />
      )}
    </div>
  );
}
