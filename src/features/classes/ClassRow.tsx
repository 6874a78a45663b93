// One class in the Classes list: open it, rename in place, archive or bring back, share it. A class shared
// with her says whose it is and her part in it; it is its owner's to rename or archive, hers to leave.
import { useState } from 'preact/hooks';
import { type ClassRecord, renameClass, type SharedClass, setClassArchived } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { chooseClass } from '../../state/currentClass.ts';
import { removeFromClass, sync } from '../../sync/index.ts';
import { InlineRename } from '../../ui/InlineRename.tsx';
import { ROLE_WORDS } from './roles.ts';
import { SharePanel } from './SharePanel.tsx';

function SharedWithMe(props: {
  item: ClassRecord;
  share: SharedClass;
  accountId: string | null;
  current: boolean;
}) {
  const { item, share } = props;
  const [error, setError] = useState<string | null>(null);
  return (
    <li class="row">
      <span class="row-main">
        <strong>{item.name}</strong>
        <span class="muted">
          {' '}
          {share.owner}’s class · you are its {ROLE_WORDS[share.role as 'coteacher' | 'coach'].toLowerCase()}
          {props.current && ' · current'}
        </span>
        {error && (
          <span class="field-error" role="alert">
            {error}
          </span>
        )}
      </span>
      <span class="row-actions">
        {!props.current && (
          <button type="button" onClick={() => void chooseClass(item.id)}>
            Open
          </button>
        )}
        <button
          type="button"
          aria-label={`Leave ${item.name}`}
          onClick={() => {
            if (!window.confirm(`Leave ${item.name}? It leaves your devices at their next sync.`)) return;
            void removeFromClass(sync, item.id, props.accountId ?? '').then(
              () => sync.now(),
              (failure: unknown) => setError(failureWords(failure)),
            );
          }}
        >
          Leave
        </button>
      </span>
    </li>
  );
}

export function ClassRow(props: {
  item: ClassRecord;
  current: boolean;
  share?: SharedClass;
  accountId: string | null;
}) {
  const { item, share } = props;
  const [editing, setEditing] = useState(false);
  const [sharing, setSharing] = useState(false);
  if (share && share.role !== 'owner')
    return <SharedWithMe item={item} share={share} accountId={props.accountId} current={props.current} />;
  if (editing) {
    return (
      <li class="row">
        <InlineRename
          label="Class name"
          current={item.name}
          onSave={(name) => renameClass(item.id, name)}
          onClose={() => setEditing(false)}
        />
      </li>
    );
  }
  return (
    <li class="row">
      <span class="row-main">
        <strong>{item.name}</strong>
        <span class="muted">
          {' '}
          Grades {item.gradeBand} · {item.schoolYear}
          {item.archived === 1 && ' · archived'}
          {props.current && ' · current'}
          {share && ` · shared with ${share.members}`}
        </span>
      </span>
      <span class="row-actions">
        {item.archived === 0 && !props.current && (
          <button type="button" onClick={() => void chooseClass(item.id)}>
            Open
          </button>
        )}
        {item.archived === 0 && (
          <button
            type="button"
            aria-expanded={sharing}
            aria-label={`Share ${item.name}`}
            onClick={() => setSharing(!sharing)}
          >
            {sharing ? 'Done sharing' : 'Share this class'}
          </button>
        )}
        <button type="button" onClick={() => setEditing(true)} aria-label={`Rename ${item.name}`}>
          Rename
        </button>
        {item.archived === 0 && (
          <button
            type="button"
            aria-label={`End the year for ${item.name}`}
            onClick={() => {
              if (
                !window.confirm(
                  `End the year for ${item.name}? It moves to the archive with all its students, notes, goals and recordings (nothing is deleted; Unarchive here opens it again). Then: the hand-off for next year's teacher.`,
                )
              )
                return;
              // The hand-off says at its top what happened to the class and where it went.
              void setClassArchived(item.id, true).then(() => {
                window.location.assign(`/print/handoff?class=${item.id}&ended=1`);
              });
            }}
          >
            End the year
          </button>
        )}
        <button
          type="button"
          onClick={() => void setClassArchived(item.id, item.archived === 0)}
          aria-label={`${item.archived === 0 ? 'Archive' : 'Unarchive'} ${item.name}`}
        >
          {item.archived === 0 ? 'Archive' : 'Unarchive'}
        </button>
      </span>
      {sharing && <SharePanel item={item} />}
    </li>
  );
}
