// The Students tab: the roster of the current class. Add, paste, import, rename, reorder, archive.
import { useState } from 'preact/hooks';
import { EmptyState, LoadError, Loading } from '../../app/EmptyState.tsx';
import { useCurrentClass } from '../../app/useCurrentClass.ts';
import { useLive } from '../../app/useLive.ts';
import { listStudents } from '../../data/index.ts';
import { AddStudentField } from './AddStudentField.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { StudentRow } from './StudentRow.tsx';

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

export function RosterScreen() {
  const choice = useCurrentClass();
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const current = choice.value.current;
  if (!current) {
    return (
      <EmptyState title="No class yet">
        <p>
          <a href="/">Create a class</a> first, then add its students here.
        </p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="roster-title">
      <header class="screen-header">
        <h1 id="roster-title">Students</h1>
        <p class="muted">{current.name}</p>
      </header>
      <AddStudentField classId={current.id} />
      <Roster classId={current.id} />
      <ImportPanel classId={current.id} />
    </section>
  );
}
