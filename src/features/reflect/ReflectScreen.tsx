// Reflecting on a conference (seed 001): listen back, then the seed's five questions in its own words,
// each answered in a form that fits it (pacing rushed / about right / slow; the research rushed, yes or
// no; a compliment as a paragraph of speech, yes or no; ONE strategy, more than one, or none; the best
// possible teaching point, or something else, with a line on what would have helped more), and a note.
// An answer is saved as it is given; the line and the note as she types (and when she leaves): no button.
// Everything syncs like the rest.
import { useState } from 'preact/hooks';
import {
  ANSWER_WORDS,
  answersOf,
  attachmentsOf,
  type Choice,
  EARLIER_ANSWER,
  getConference,
  getStudent,
  isReflected,
  labelOf,
  REFLECTION_ANSWERS,
  REFLECTION_QUESTIONS,
  type ReadAnswers,
  type ReflectionChanges,
  type ReflectionQuestion,
  type ReflectionRecord,
  reflect,
  reflectionOf,
  roleIn,
  shareState,
  startedByOther,
  startedHere,
  weekdayAndTime,
} from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { AudioPlayer } from '../../ui/AudioPlayer.tsx';
import { ChoiceChips } from '../../ui/ChipGroup.tsx';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { TextField } from '../../ui/TextField.tsx';
import { useLoad } from '../../ui/useLoad.ts';

import { useSaveAsTyped } from './useSaveAsTyped.ts';

async function loadReflection(id: string) {
  const conference = await getConference(id);
  if (!conference) return null;
  const [students, attachments, reflection, shares] = await Promise.all([
    Promise.all(conference.studentIds.map((s) => getStudent(s))),
    attachmentsOf(id),
    reflectionOf(id),
    shareState(),
  ]);
  // A reflection is one person's look at a conference: another's is hers to read, not to change. The
  // server says whose; one a coach finds from before it did is the teacher's unless she started it here.
  const whose =
    reflection && startedByOther(reflection, shares.accountId)
      ? reflection.startedBy?.name || 'another teacher'
      : roleIn(shares, conference.classId) === 'coach' &&
          reflection !== undefined &&
          !reflection.startedBy &&
          isReflected(reflection) &&
          !(await startedHere(reflection))
        ? 'the teacher'
        : null;
  return {
    conference,
    names: students.map((s) => (s ? shown(s.name) : 'a student')).join(', '),
    attachments,
    reflection,
    whose,
  };
}

const NO_ANSWERS: ReadAnswers = {
  pacing: null,
  research: null,
  compliment: null,
  oneStrategy: null,
  bestPoint: null,
};

function Reflection(props: { id: string; reflection: ReflectionRecord | undefined }) {
  const [answers, setAnswers] = useState<ReadAnswers>(
    props.reflection ? answersOf(props.reflection) : NO_ANSWERS,
  );
  const [note, setNote] = useState(props.reflection?.note ?? '');
  const [helpedMore, setHelpedMore] = useState(props.reflection?.helpedMore ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const save = (changes: ReflectionChanges, words: string) =>
    reflect(props.id, changes).then(
      () => {
        setError(null);
        setSaved(words);
      },
      (failure: unknown) => {
        setSaved(null);
        setError(failureWords(failure));
      },
    );
  const noteKept = useSaveAsTyped((text) => save({ note: text }, 'Note saved.'));
  const lineKept = useSaveAsTyped((text) => save({ helpedMore: text }, 'Saved.'));
  const answer = <Q extends ReflectionQuestion>(question: Q, value: ReflectionChanges[Q] | null) => {
    setAnswers({ ...answers, [question]: value ?? null });
    void save({ [question]: value ?? null }, 'Answer saved.');
  };
  return (
    <form class="card form" aria-label="Reflection" onSubmit={(e) => e.preventDefault()}>
      {REFLECTION_QUESTIONS.map(([key, question]) => {
        const current = answers[key];
        const options: readonly Choice[] = REFLECTION_ANSWERS[key];
        const earlier = current === null ? undefined : EARLIER_ANSWER[key]?.[current];
        return (
          <div key={key}>
            <ChoiceChips
              legend={question}
              name={key}
              options={options}
              // An earlier "not yet" these chips cannot show is said in words below them.
              value={options.some((o) => o.value === current) ? current : null}
              onChange={(value) => answer(key, value as ReflectionChanges[typeof key])}
            />
            {earlier && <p class="muted">{earlier}</p>}
            {key === 'bestPoint' && (current === 'something else' || helpedMore !== '') && (
              <label class="field">
                <span>What would have helped more? (in a line)</span>
                <input
                  type="text"
                  value={helpedMore}
                  onInput={(e) => {
                    setHelpedMore(e.currentTarget.value);
                    lineKept.typed(e.currentTarget.value);
                  }}
                />
              </label>
            )}
          </div>
        );
      })}
      <TextField
        label="What I noticed"
        value={note}
        onInput={(text) => {
          setNote(text);
          noteKept.typed(text);
        }}
        rows={3}
      />
      <p class="muted">Kept as you type, and when you leave this screen.</p>
      {saved && <p role="status">{saved}</p>}
      {error && (
        <p class="field-error" role="alert">
          {error} Your answers are still here.
        </p>
      )}
    </form>
  );
}

/** Another's reflection, as she reads it: the answers as they were tapped and the words, nothing to change. */
function OthersReflection(props: { reflection: ReflectionRecord; whose: string }) {
  const answers = answersOf(props.reflection);
  const whose = props.whose === 'the teacher' ? 'The teacher' : props.whose;
  return (
    <div class="card">
      <h2>{whose}’s reflection</h2>
      <p class="muted">A reflection is one person’s look at a conference: this one is to read.</p>
      <dl class="facts stacked">
        {REFLECTION_QUESTIONS.map(([key, question]) => {
          const answer = answers[key];
          return (
            <div key={key}>
              <dt>{question}</dt>
              <dd>
                {answer === null
                  ? 'Not answered'
                  : (REFLECTION_ANSWERS[key] as readonly Choice[]).some((c) => c.value === answer)
                    ? labelOf(REFLECTION_ANSWERS[key], answer)
                    : (ANSWER_WORDS[key] as Record<string, string>)[answer]}
              </dd>
            </div>
          );
        })}
        {props.reflection.helpedMore && (
          <div>
            <dt>What would have helped more</dt>
            <dd>{props.reflection.helpedMore}</dd>
          </div>
        )}
        {props.reflection.note && (
          <div>
            <dt>What I noticed</dt>
            <dd>{props.reflection.note}</dd>
          </div>
        )}
      </dl>
    </div>
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
  const { conference, names, attachments, reflection, whose } = loaded.value;
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
        <p class="muted">
          {whose
            ? 'No recording of this conference.'
            : 'No recording of this conference: reflect from memory.'}
        </p>
      ) : (
        <AudioPlayer recordings={recordings} label={`Recording of the conference, ${when}`} />
      )}
      {whose && reflection ? (
        <OthersReflection reflection={reflection} whose={whose} />
      ) : (
        // One form per conference: its answers are its own, never the last conference's.
        <Reflection key={conference.id} id={conference.id} reflection={reflection} />
      )}
    </section>
  );
}
