// The Students tab: the roster of the current class. Add, paste, import, rename, reorder, archive.

import { useState } from 'preact/hooks';
import { listStudents } from '../../data/index.ts';
import { CurrentClassScreen } from '../../ui/CurrentClassScreen.tsx';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLive } from '../../ui/useLive.ts';
import { useCanEdit } from '../../ui/useShares.ts';
import { AddStudentField } from './AddStudentField.tsx';
import { HandoffImport } from './HandoffImport.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { StudentRow } from './StudentRow.tsx';
import './roster.css';

function Roster(props: { classId: string }) {
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
          <p>Type names one at a time, paste a list, or import a CSV file from your school system.</p>
        </EmptyState>
      ) : (
        <ul class="list" aria-label="Students">
          {active.map((s, i) => (
            <StudentRow key={s.id} student={s} first={i === 0} last={i === active.length - 1} />
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
                <StudentRow key={s.id} student={s} first last />
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
  const editable = useCanEdit(props.classId);
  if (!editable)
    return (
      <fieldset class="plain" disabled>
        <Roster classId={props.classId} />
      </fieldset>
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
