// One class in the Classes list: open it, rename in place, archive or bring back.
import { useState } from 'preact/hooks';
import { type ClassRecord, renameClass, setClassArchived } from '../../data/index.ts';
import { chooseClass } from '../../ui/currentClass.ts';
import { InlineRename } from '../../ui/InlineRename.tsx';

export function ClassRow(props: { item: ClassRecord; current: boolean }) {
  const { item } = props;
  const [editing, setEditing] = useState(false);
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
        </span>
      </span>
      <span class="row-actions">
        {item.archived === 0 && !props.current && (
          <button type="button" onClick={() => void chooseClass(item.id)}>
            Open
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
                  `End the year for ${item.name}? It is archived with all its history, and you get a hand-off for next year's teacher.`,
                )
              )
                return;
              void setClassArchived(item.id, true).then(() => {
                window.location.assign(`/print/handoff?class=${item.id}`);
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
    </li>
  );
}
