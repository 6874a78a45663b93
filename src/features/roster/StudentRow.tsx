// One student on the roster: open the student page, move up or down, rename, archive or bring back (for a
// coach, only the name and the page).
import { useState } from 'preact/hooks';
import {
  addSignup,
  moveStudent,
  renameStudent,
  type StudentRecord,
  setStudentArchived,
} from '../../data/index.ts';
import { InlineRename } from '../../ui/InlineRename.tsx';
import { shown } from '../../ui/names.ts';

export function StudentRow(props: {
  student: StudentRecord;
  first: boolean;
  last: boolean;
  /** A coach reads the roster: the name and its page, no control the server would refuse her. */
  readOnly?: boolean;
}) {
  const { student } = props;
  const [editing, setEditing] = useState(false);
  // Confirms the tap where she made it (the sign-up queue is on This week).
  const [asked, setAsked] = useState(false);
  if (props.readOnly) {
    return (
      <li class={`row${student.archived === 1 ? ' is-archived' : ''}`}>
        <a class="row-main" href={`/students/${student.id}`}>
          {shown(student.name)}
          {student.archived === 1 && <span class="muted"> · archived</span>}
        </a>
      </li>
    );
  }
  if (editing) {
    return (
      <li class="row">
        <InlineRename
          label="Student name"
          current={student.name}
          onSave={(name) => renameStudent(student.id, name)}
          onClose={() => setEditing(false)}
        />
      </li>
    );
  }
  const archived = student.archived === 1;
  return (
    <li class={`row${archived ? ' is-archived' : ''}`}>
      <a class="row-main" href={`/students/${student.id}`}>
        {shown(student.name)}
        {archived && <span class="muted"> · archived</span>}
      </a>
      <span class="row-actions">
        {!archived && (
          <>
            <button
              type="button"
              aria-label={`Move ${shown(student.name)} up`}
              disabled={props.first}
              onClick={() => void moveStudent(student.id, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${shown(student.name)} down`}
              disabled={props.last}
              onClick={() => void moveStudent(student.id, 1)}
            >
              ↓
            </button>
          </>
        )}
        {!archived &&
          (asked ? (
            <span class="badge" role="status">
              ✓ Signed up
            </span>
          ) : (
            <button
              type="button"
              aria-label={`Sign up ${shown(student.name)}: asked for a conference`}
              onClick={() => void addSignup(student.classId, student.id).then(() => setAsked(true))}
            >
              Sign up
            </button>
          ))}
        <button type="button" aria-label={`Rename ${shown(student.name)}`} onClick={() => setEditing(true)}>
          Rename
        </button>
        <button
          type="button"
          aria-label={`${archived ? 'Unarchive' : 'Archive'} ${shown(student.name)}`}
          onClick={() => void setStudentArchived(student.id, !archived)}
        >
          {archived ? 'Unarchive' : 'Archive'}
        </button>
      </span>
    </li>
  );
}
