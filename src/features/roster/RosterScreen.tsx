// The Students tab: the roster of the current class. Add, paste, import, rename, reorder, archive.

import { useState } from 'preact/hooks';
import { canEdit, listStudents } from '../../data/index.ts';
import { CurrentClassScreen } from '../../ui/CurrentClassScreen.tsx';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLive } from '../../ui/useLive.ts';
import { useSharesOrNull } from '../../ui/useShares.ts';
import { AddStudentField } from './AddStudentField.tsx';
import { HandoffImport } from './HandoffImport.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { StudentRow } from './StudentRow.tsx';
import './roster.css';

function Roster(props: { classId: string; readOnly?: boolean }) {
  const [showArchived, setShowArchived] = useState(false);
  const live = useLive(() => listStudents(props.classId, { includeArchived: true }), [props.classId]);
  if (live.status === 'loading') return <Loading what="students" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const active = live.value.filter((s) => s.archived === 0);
  const archived = live.value.filter((s) => s.archived === 1);
  return (
    <>
      {active.length === 0 ? (
        <EmptyState title="No students yet">
          <p>
            {props.readOnly
              ? 'Its teachers add the students; they show here once they sync.'
              : 'Type names one at a time, paste a list, or import a CSV file from your school system.'}
          </p>
        </EmptyState>
      ) : (
        <ul class="list" aria-label="Students">
          {active.map((s, i) => (
            <StudentRow
              key={s.id}
              student={s}
              first={i === 0}
              last={i === active.length - 1}
              readOnly={props.readOnly}
            />
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <section aria-label="Archived students">
          <button type="button" aria-expanded={showArchived} onClick={() => setShowArchived(!showArchived)}>
            {showArchived ? 'Hide' : 'Show'} archived ({archived.length})
          </button>
          {showArchived && (
            <ul class="list" aria-label="Archived">
              {archived.map((s) => (
                <StudentRow key={s.id} student={s} first last readOnly={props.readOnly} />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

/** A coach reads the roster: adding, importing and changing students are the class's teachers'. */
function ClassRoster(props: { classId: string }) {
  const shares = useSharesOrNull();
  // Until her part in the class is known, nothing she could tap is drawn (a coach must never see an edit).
  if (shares === null) return <Loading what="students" />;
  if (!canEdit(shares, props.classId))
    return (
      <>
        <p class="muted coach-note">
          You are this class’s coach: its teachers keep the roster. Tap a name for the page.
        </p>
        <Roster classId={props.classId} readOnly />
      </>
    );
  return (
    <>
      <AddStudentField classId={props.classId} />
      <Roster classId={props.classId} />
      <ImportPanel classId={props.classId} />
      <HandoffImport classId={props.classId} />
    </>
  );
}

export function RosterScreen() {
  return (
    <CurrentClassScreen
      id="roster-title"
      title="Students"
      beforeAnyClass="first, then add its students here."
    >
      {(classRow) => <ClassRoster classId={classRow.id} />}
    </CurrentClassScreen>
  );
}
