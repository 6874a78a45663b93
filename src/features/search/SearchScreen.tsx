// Search and filter the class's conference notes; results update as she types. It opens on the newest
// notes; at each word or filter their matches show at once, and the class's whole answer (how many
// notes match, the newest of them) follows from Search's word index (data/searchRows.ts).

import { useMemo, useState } from 'preact/hooks';
import {
  assessmentsOfClass,
  type ClassRecord,
  CONFERENCE_TYPES,
  type ConferenceType,
  goalsOfClass,
  LENSES,
  type Lens,
  listStudents,
  narrows,
  newestConferences,
  noteQueryOf,
  searchClassNotes,
  typeWords,
  weekday,
} from '../../data/index.ts';
import { CurrentClassScreen } from '../../ui/CurrentClassScreen.tsx';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLive } from '../../ui/useLive.ts';
import { buildNoteIndex, matchingAssessments, type NoteFilters, searchNotes } from './searchNotes.ts';
import './search.css';
import { shown } from '../../ui/names.ts';

function Select(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Any</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The newest notes shown before she searches or filters. */
const NEWEST = 200;

function Search(props: { classRow: ClassRecord }) {
  const [filters, setFilters] = useState<NoteFilters>({});
  // Punctuation alone is no word: it narrows nothing.
  const filtering = narrows(noteQueryOf(filters));
  const asked = JSON.stringify(filters);
  // Opening Search reads the class's newest notes only, however many years it holds.
  const live = useLive(
    async () => ({
      newest: await newestConferences(props.classRow.id, NEWEST + 1),
      students: await listStudents(props.classRow.id, { includeArchived: true }),
      goals: await goalsOfClass(props.classRow.id),
      assessments: await assessmentsOfClass(props.classRow.id),
    }),
    [props.classRow.id],
  );
  // Are there older notes than those? Then the class's answer is asked of the word index at each word
  // or filter; meanwhile the newest notes' matches show, which are the top of the full answer (newest
  // first), and the rest follows. Each answer names the search it answers: a slower one never shows
  // under a newer search.
  const older = (live.value?.newest.length ?? 0) > NEWEST;
  const all = useLive(
    async () =>
      filtering && older ? { asked, ...(await searchClassNotes(props.classRow.id, filters, NEWEST)) } : null,
    [props.classRow.id, filtering && older, asked],
  );
  // Names as shown (initials when she hides them), and as written: Search finds a student by her name.
  const names = useMemo(
    () => new Map((live.value?.students ?? []).map((s) => [s.id, shown(s.name)])),
    [live.value],
  );
  const fullNames = useMemo(
    () => new Map((live.value?.students ?? []).map((s) => [s.id, s.name])),
    [live.value],
  );
  const newestIndex = useMemo(
    () => buildNoteIndex((live.value?.newest ?? []).slice(0, NEWEST)),
    [live.value],
  );
  if (live.status === 'loading') return <Loading what="your notes" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  if (all.status === 'error') return <LoadError error={all.error} />;
  const { students, goals } = live.value;
  const set = (patch: Partial<NoteFilters>) => setFilters({ ...filters, ...patch });
  const answer = all.status === 'ready' && all.value?.asked === asked ? all.value : null;
  const complete = !older || answer !== null;
  const result = !filtering
    ? { total: newestIndex.length, notes: newestIndex }
    : (answer ?? searchNotes(newestIndex, filters, fullNames));
  const count = `${result.total} ${result.total === 1 ? 'note' : 'notes'}`;
  const status = !filtering
    ? older
      ? `The newest ${NEWEST} notes: search or filter to find older ones.`
      : result.total === 0
        ? 'No notes yet.'
        : count
    : !complete
      ? `${count} among the newest ${NEWEST}; searching the older ones…`
      : result.total === 0
        ? 'No notes match.'
        : `${count}${result.total > result.notes.length ? `, newest ${result.notes.length} shown` : ''}`;
  const observations = matchingAssessments(live.value.assessments, filters, fullNames);
  return (
    <>
      <form class="card search-filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
        <label class="field search-text">
          <span>Words</span>
          <input
            type="search"
            value={filters.text ?? ''}
            onInput={(e) => set({ text: e.currentTarget.value })}
            placeholder="teaching point, next step, note, name…"
          />
        </label>
        <Select
          label="Student"
          value={filters.studentId ?? ''}
          onChange={(v) => set({ studentId: v || undefined })}
          options={students.map((s) => ({ value: s.id, label: shown(s.name) }))}
        />
        <Select
          label="Goal"
          value={filters.goalId ?? ''}
          onChange={(v) => set({ goalId: v || undefined })}
          options={goals.map((g) => ({ value: g.id, label: `${names.get(g.studentId) ?? ''}: ${g.text}` }))}
        />
        <Select
          label="Conference type"
          value={filters.type ?? ''}
          onChange={(v) => set({ type: (v || undefined) as ConferenceType | undefined })}
          options={CONFERENCE_TYPES}
        />
        <Select
          label="Lens"
          value={filters.lens ?? ''}
          onChange={(v) => set({ lens: (v || undefined) as Lens | undefined })}
          options={LENSES}
        />
        <label class="field">
          <span>From</span>
          <input
            type="date"
            value={filters.from ?? ''}
            onInput={(e) => set({ from: e.currentTarget.value || undefined })}
          />
        </label>
        <label class="field">
          <span>To</span>
          <input
            type="date"
            value={filters.to ?? ''}
            onInput={(e) => set({ to: e.currentTarget.value || undefined })}
          />
        </label>
      </form>
      <p role="status" class="muted">
        {status}
      </p>
      <ol class="timeline" aria-label="Matching notes">
        {result.notes.map((c) => (
          <li key={c.id}>
            <a href={`/conference/${c.id}`} class="timeline-entry">
              <time dateTime={c.at}>{weekday(c.at)}</time> ·{' '}
              <strong>{c.studentIds.map((id) => names.get(id) ?? '?').join(', ')}</strong>
              {c.type && <span class="badge"> {typeWords(c.type)}</span>}
              {c.teachingPoint && <p>Teaching point: {c.teachingPoint}</p>}
              {c.nextStep && <p class="muted">Next step: {c.nextStep}</p>}
            </a>
          </li>
        ))}
      </ol>
      {observations.length > 0 && (
        <>
          <h2>Assessment notes</h2>
          <ol class="timeline" aria-label="Matching assessment notes">
            {observations.map((a) => (
              <li key={a.id}>
                <a href={`/students/${a.studentId}`} class="timeline-entry">
                  <time dateTime={a.on}>{weekday(a.on)}</time> ·{' '}
                  <strong>{names.get(a.studentId) ?? '?'}</strong>
                  <p>Assessment note: {a.text}</p>
                </a>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

export function SearchScreen() {
  return (
    <CurrentClassScreen id="search-title" title="Search notes" beforeAnyClass="first.">
      {(classRow) => <Search classRow={classRow} />}
    </CurrentClassScreen>
  );
}
