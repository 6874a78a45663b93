// My conferring: a mirror for the teacher's own growth (seed 001), this week or over the school year, as
// charts with a table each for VoiceOver. Every figure comes from figures.ts.
import { useState } from 'preact/hooks';
import { shortDay } from '../../data/dates.ts';
import {
  type ClassRecord,
  conferencesOfClass,
  LENSES,
  listStudents,
  REFLECTION_QUESTIONS,
  type ReflectionQuestion,
} from '../../data/index.ts';
import { reflectionsOf } from '../../data/reflections.ts';
import { CurrentClassScreen } from '../../ui/CurrentClassScreen.tsx';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { useLive } from '../../ui/useLive.ts';
import { LENS_OPTIONS, TYPE_OPTIONS } from '../conference/conferenceDraft.ts';
import { BarChart } from './BarChart.tsx';
import {
  inPeriod,
  MINUTES,
  minutesPerConference,
  mix,
  onAGoal,
  PER_WORKSHOP,
  type Period,
  periodOf,
  perWorkshopDay,
  reflectionsByWeek,
  seenLeast,
} from './figures.ts';
import './mirror.css';

/** Seed 001's questions, short enough to label a bar; the table beside the chart reads them whole. */
const SHORT_QUESTIONS: Record<ReflectionQuestion, string> = {
  pacing: 'Pacing',
  research: 'Research not rushed',
  compliment: 'A real compliment',
  oneStrategy: 'ONE strategy',
  bestPoint: 'Best teaching point',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

async function load(classId: string) {
  const [conferences, students] = await Promise.all([conferencesOfClass(classId), listStudents(classId)]);
  const reflections = await reflectionsOf(conferences.map((c) => c.id));
  return { conferences, students, reflections };
}

function Mirror(props: { classRow: ClassRecord }) {
  const [period, setPeriod] = useState<Period>('week');
  const live = useLive(() => load(props.classRow.id), [props.classRow.id]);
  if (live.status === 'loading') return <Loading what="your conferring" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const now = new Date();
  const conferences = inPeriod(live.value.conferences, periodOf(period, now));
  const days = perWorkshopDay(conferences);
  const minutes = minutesPerConference(conferences);
  const kinds = mix(conferences);
  const goal = onAGoal(conferences);
  const least = seenLeast(conferences, live.value.students, now);
  const reflections = reflectionsByWeek(conferences, live.value.reflections);
  return (
    <>
      <fieldset class="segmented period">
        <legend class="visually-hidden">Period</legend>
        {(['week', 'year'] as const).map((p) => (
          <label key={p} class="chip">
            <input type="radio" name="period" checked={period === p} onChange={() => setPeriod(p)} />
            <span>{p === 'week' ? 'This week' : 'This school year'}</span>
          </label>
        ))}
      </fieldset>
      <dl class="mirror-facts" aria-label="In numbers">
        <div>
          <dt>Conferences</dt>
          <dd data-testid="mirror-total">{conferences.length}</dd>
        </div>
        <div>
          <dt>A workshop day, on average (aim 4-5)</dt>
          <dd data-testid="mirror-per-day">{oneDecimal(days.mean)}</dd>
        </div>
        <div>
          <dt>Minutes a conference, on average (aim 5-7)</dt>
          <dd data-testid="mirror-minutes">{minutes.timed === 0 ? '—' : oneDecimal(minutes.mean)}</dd>
        </div>
        <div>
          <dt>Continued a goal</dt>
          <dd data-testid="mirror-on-goal">
            {goal.onGoal} of {goal.total}
          </dd>
        </div>
      </dl>
      <div class="mirror-charts">
        <BarChart
          caption="Conferences a workshop day (the band: 4-5)"
          what="Day"
          band={PER_WORKSHOP}
          bars={days.days.map((d) => ({
            label: shortDay(d.day),
            value: d.count,
            words: plural(d.count, 'conference', 'conferences'),
          }))}
        />
        <BarChart
          caption="Minutes a conference (the timer; 5-7 is the aim)"
          what="Length"
          bars={[
            {
              label: `Under ${MINUTES.low} min`,
              value: minutes.under,
              words: plural(minutes.under, 'conference', 'conferences'),
            },
            {
              label: `${MINUTES.low}-${MINUTES.high} min`,
              value: minutes.within,
              words: plural(minutes.within, 'conference', 'conferences'),
            },
            {
              label: `Over ${MINUTES.high} min`,
              value: minutes.over,
              words: plural(minutes.over, 'conference', 'conferences'),
            },
          ]}
        />
        <BarChart
          caption="Kinds of conference"
          what="Kind"
          bars={[
            ...TYPE_OPTIONS.map((t) => ({
              label: t.label,
              value: kinds.types[t.value],
              words: plural(kinds.types[t.value], 'conference', 'conferences'),
            })),
            {
              label: 'No kind set',
              value: kinds.untyped,
              words: plural(kinds.untyped, 'conference', 'conferences'),
            },
          ]}
        />
        <BarChart
          caption="Lenses"
          what="Lens"
          bars={LENSES.map((l) => ({
            label: LENS_OPTIONS.find((o) => o.value === l)?.label ?? l,
            value: kinds.lenses[l],
            words: plural(kinds.lenses[l], 'conference', 'conferences'),
          }))}
        />
        <BarChart
          caption="Seen least: fair shares of your time"
          what="Student"
          bars={least.map((s) => ({
            label: shown(s.student.name),
            value: s.times,
            words: `${plural(s.times, 'conference', 'conferences')}${s.daysSince === null ? '' : `, last ${s.daysSince === 0 ? 'today' : s.daysSince === 1 ? 'yesterday' : `${s.daysSince} days ago`}`}`,
          }))}
        />
        <BarChart
          caption="Your reflections: “yes” answers"
          what="Question"
          bars={REFLECTION_QUESTIONS.map(([q, question]) => {
            const yes = reflections.reduce((sum, w) => sum + w.answers[q].yes, 0);
            const answered = reflections.reduce((sum, w) => sum + w.answers[q].answered, 0);
            return { label: SHORT_QUESTIONS[q], value: yes, words: `${yes} of ${answered}`, title: question };
          })}
        />
        <BarChart
          caption="Your reflections over time: “yes” answers a week"
          what="Week of"
          bars={reflections.map((w) => {
            const all = Object.values(w.answers);
            const yes = all.reduce((sum, a) => sum + a.yes, 0);
            const answered = all.reduce((sum, a) => sum + a.answered, 0);
            return { label: shortDay(w.weekOf), value: yes, words: `${yes} of ${answered}` };
          })}
        />
      </div>
    </>
  );
}

export function MyConferringScreen() {
  return (
    <CurrentClassScreen
      id="mirror-title"
      title="My conferring"
      beforeAnyClass="first; then your own conferring shows here."
    >
      {(classRow) => <Mirror classRow={classRow} />}
    </CurrentClassScreen>
  );
}
