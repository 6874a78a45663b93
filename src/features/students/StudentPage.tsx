// One student: the goal sheet and the conference timeline, newest first; log a conference or sign up.

import {
  addSignup,
  assessmentsOf,
  attachmentsByConference,
  canEdit,
  conferencesOf,
  getClass,
  getStudent,
  goalsOf,
  listStudents,
  openSignups,
  patternRecords,
  peersOf,
  shortDay,
} from '../../data/index.ts';
import { libraryFor } from '../../patterns/library.ts';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLive } from '../../ui/useLive.ts';
import { useSharesOrNull } from '../../ui/useShares.ts';
import { AssessmentNotes } from './AssessmentNotes.tsx';
import { ConferenceMedia } from './ConferenceMedia.tsx';
import { GoalSheet } from './GoalSheet.tsx';
import { PeerConferences } from './PeerConferences.tsx';
import { TimelineEntry } from './TimelineEntry.tsx';
import './students.css';
import { shown } from '../../ui/names.ts';

async function loadStudent(id: string) {
  const student = await getStudent(id);
  if (!student) return null;
  const classRow = await getClass(student.classId);
  const [conferences, goals, records, signups, assessments, peers, classmates] = await Promise.all([
    conferencesOf(id),
    goalsOf(id),
    classRow ? patternRecords(classRow.gradeBand) : Promise.resolve([]),
    openSignups(student.classId),
    assessmentsOf(id),
    peersOf(id),
    listStudents(student.classId, { includeArchived: true }),
  ]);
  const signup = signups.find((s) => s.studentId === id) ?? null;
  const attachments = await attachmentsByConference(conferences.map((c) => c.id));
  return {
    attachments,
    assessments,
    peers,
    classmates,
    student,
    classRow,
    conferences,
    goals,
    signup,
    patterns: classRow ? libraryFor(classRow.gradeBand, records).visible : [],
  };
}

export function StudentPage(props: { id?: string; params?: { id?: string } }) {
  const id = props.params?.id ?? props.id ?? '';
  const live = useLive(() => loadStudent(id), [id]);
  const shares = useSharesOrNull();
  // Until her part in the class is known nothing is drawn: a coach must never see an edit, even for a frame.
  if (live.status === 'loading' || shares === null) return <Loading what="this student" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  if (!live.value) {
    return (
      <EmptyState title="Student not found">
        <p>
          This student was removed, or the link is from another device. <a href="/students">All students</a>
        </p>
      </EmptyState>
    );
  }
  const {
    student,
    classRow,
    conferences,
    goals,
    signup,
    patterns,
    attachments,
    assessments,
    peers,
    classmates,
  } = live.value;
  // A coach reads the page: plain text, with no control the server would refuse her (her reflections,
  // on each conference, are hers).
  const editable = canEdit(shares, student.classId);
  return (
    <section aria-labelledby="student-title">
      <header class="screen-header">
        <p class="muted">
          <a href="/students">Students</a>
        </p>
        <h1 id="student-title">{shown(student.name)}</h1>
        {student.archived === 1 && <p class="muted">Archived: kept with all their records.</p>}
        <div class="toolbar">
          {editable && (
            <a class="button primary" href={`/conference/new?students=${student.id}`}>
              Log a conference
            </a>
          )}
          <a class="button" href={`/print/parent?student=${student.id}`}>
            For a parent meeting
          </a>
          <a class="button" href={`/print/goals?student=${student.id}`}>
            Print goal sheet
          </a>
          <a class="button" href={`/print/notes?student=${student.id}`}>
            Print conference notes
          </a>
          {signup ? (
            <span class="muted">Signed up for a conference{signup.reason && `: “${signup.reason}”`}</span>
          ) : !editable ? null : (
            <button type="button" onClick={() => void addSignup(student.classId, student.id)}>
              Asked for a conference
            </button>
          )}
        </div>
      </header>
      {classRow && (
        <GoalSheet
          classRow={classRow}
          studentId={student.id}
          goals={goals}
          conferences={conferences}
          patterns={patterns}
          readOnly={!editable}
        />
      )}
      <section class="card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Conferences</h2>
        <PeerConferences student={student} classmates={classmates} peers={peers} readOnly={!editable} />
        {conferences.length === 0 ? (
          <p class="muted">No conferences yet.</p>
        ) : (
          <ol class="timeline" aria-label="Conference timeline">
            {conferences.map((c) => (
              <li key={c.id}>
                <TimelineEntry conference={c} />
                <ConferenceMedia
                  conferenceId={c.id}
                  attachments={attachments.get(c.id) ?? []}
                  when={shortDay(c.at)}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
      <AssessmentNotes
        classId={student.classId}
        studentId={student.id}
        notes={assessments}
        readOnly={!editable}
      />
    </section>
  );
}
