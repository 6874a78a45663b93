// Reflecting on a conference (seed 001): listen back, then five questions, each "yes" or "not yet", and
// a note. Every answer is saved as it is given (and syncs like everything else).
import { useState } from 'preact/hooks';
import { attachmentsOf } from '../../data/attachments.ts';
import { weekdayAndTime } from '../../data/dates.ts';
import {
  getConference,
  getStudent,
  REFLECTION_QUESTIONS,
  type ReflectionAnswer,
  type ReflectionRecord,
} from '../../data/index.ts';
import { reflect, reflectionOf } from '../../data/reflections.ts';
import { failureWords } from '../../protocol/words.ts';
import { AudioPlayer } from '../../ui/AudioPlayer.tsx';
import { ChoiceChips } from '../../ui/ChipGroup.tsx';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { TextField } from '../../ui/TextField.tsx';
import { useLoad } from '../../ui/useLoad.ts';

const ANSWERS = [
  { value: 'yes', label: 'Yes' },
  { value: 'not yet', label: 'Not yet' },
] as const;

async function loadReflection(id: string) {
  const conference = await getConference(id);
  if (!conference) return null;
  const [students, attachments, reflection] = await Promise.all([
    Promise.all(conference.studentIds.map((s) => getStudent(s))),
    attachmentsOf(id),
    reflectionOf(id),
  ]);
  return {
    conference,
    names: students.map((s) => (s ? shown(s.name) : 'a student')).join(', '),
    attachments,
    reflection,
  };
}

function Reflection(props: { id: string; reflection: ReflectionRecord | undefined }) {
  const [answers, setAnswers] = useState<Record<string, ReflectionAnswer>>(
    Object.fromEntries(REFLECTION_QUESTIONS.map(([key]) => [key, props.reflection?.[key] ?? null])),
  );
  const [note, setNote] = useState(props.reflection?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = (changes: Parameters<typeof reflect>[1]) =>
    reflect(props.id, changes).then(
      () => {
        setError(null);
        setSaved('note' in changes ? 'Note saved.' : 'Answer saved.');
      },
      (failure: unknown) => {
        setSaved(null);
        setError(failureWords(failure));
      },
    );
  return (
    <form class="card form" aria-label="Reflection" onSubmit={(e) => e.preventDefault()}>
      {REFLECTION_QUESTIONS.map(([key, question]) => (
        <ChoiceChips
          key={key}
          legend={question}
          name={key}
          options={ANSWERS}
          value={answers[key] ?? null}
          onChange={(value) => {
            setAnswers({ ...answers, [key]: value });
            void save({ [key]: value });
          }}
        />
      ))}
      <TextField label="What I noticed" value={note} onInput={setNote} rows={3} />
      <div class="toolbar">
        <button type="button" class="primary" onClick={() => void save({ note })}>
          Save the note
        </button>
      </div>
      {saved && <p role="status">{saved}</p>}
      {error && (
        <p class="field-error" role="alert">
          {error} Your answers are still here.
        </p>
      )}
    </form>
  );
}

export function ReflectScreen(props: { params?: { id?: string } }) {
  const id = props.params?.id ?? '';
  const loaded = useLoad(() => loadReflection(id), [id]);
  if (loaded.status === 'loading') return <Loading what="the conference" />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} />;
  if (!loaded.value)
    return (
      <EmptyState title="Nothing to reflect on">
        <p>
          This conference was deleted. <a href="/week">Back to this week</a>
        </p>
      </EmptyState>
    );
  const { conference, names, attachments, reflection } = loaded.value;
  const when = weekdayAndTime(conference.at);
  const recordings = attachments.filter((a) => a.kind === 'audio');
  return (
    <section aria-labelledby="reflect-title">
      <header class="screen-header">
        <h1 id="reflect-title">Reflect: {names}</h1>
        <p class="muted">{when}</p>
      </header>
      {conference.teachingPoint && <p>Teaching point: {conference.teachingPoint}</p>}
      {recordings.length === 0 ? (
        <p class="muted">No recording of this conference: reflect from memory.</p>
      ) : (
        <AudioPlayer recordings={recordings} label={`Recording of the conference, ${when}`} />
      )}
      <Reflection id={conference.id} reflection={reflection} />
    </section>
  );
}
