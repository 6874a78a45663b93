// My conferring: a mirror for the teacher's own growth (seed 001), this week or over the school year, for
// the current class or all her classes, as charts with a table each for VoiceOver. Every figure comes
// from figures.ts.
import { useState } from 'preact/hooks';
import {
  AIMED_FOR,
  AIMED_FOR_LABEL,
  ANSWER_WORDS,
  type ClassRecord,
  CONFERENCE_TYPES,
  LENSES,
  NOT_TIMED_OVER_MS,
  REFLECTION_QUESTIONS,
  type ReflectionQuestion,
  shortDay,
} from '../../data/index.ts';
import { CurrentClassScreen } from '../../ui/CurrentClassScreen.tsx';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { shown } from '../../ui/names.ts';
import { useLive } from '../../ui/useLive.ts';

import { BarChart } from './BarChart.tsx';
import {
  continuingGoal,
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
  reflectionTallies,
  seenLeast,
  type Tally,
} from './figures.ts';
import { loadMirror, type Scope } from './mirrorData.ts';
import './mirror.css';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();
const NOT_TIMED_MINUTES = NOT_TIMED_OVER_MS / 60_000;

/** A question's answers in words: the aimed-for ones of those answered, then the others. */
function tallyWords<Q extends ReflectionQuestion>(question: Q, tally: Tally<Q>): string {
  const words = ANSWER_WORDS[question] as Record<string, string>;
  const aimed = `${tally.aimed} of ${tally.answered}`;
  const by = tally.by as Record<string, number | undefined>;
  const others = Object.keys(words)
    .filter((answer) => answer !== AIMED_FOR[question] && by[answer])
    .map((answer) => `${by[answer]} ${words[answer]}`);
  return others.length === 0 ? aimed : `${aimed} · ${others.join(', ')}`;
}

function Mirror(props: { classRow: ClassRecord }) {
  const [period, setPeriod] = useState<Period>('week');
  const [scope, setScope] = useState<Scope>('class');
  const live = useLive(() => loadMirror(scope, props.classRow), [scope, props.classRow.id]);
  if (live.status === 'loading') return <Loading what="your conferring" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const now = new Date();
  const conferences = inPeriod(live.value.conferences, periodOf(period, now));
  const days = perWorkshopDay(conferences);
  const minutes = minutesPerConference(conferences);
  const kinds = mix(conferences);
  const goal = onAGoal(conferences, continuingGoal(live.value.conferences));
  const least = seenLeast(conferences, live.value.students, now);
  const tallies = reflectionTallies(conferences, live.value.reflections);
  const reflections = reflectionsByWeek(conferences, live.value.reflections);
  const classNames = new Map(live.value.classes.map((c) => [c.id, c.name]));
  return (
    <>
      <div class="mirror-choices">
        <fieldset class="segmented period">
          <legend class="visually-hidden">Classes</legend>
          {(['class', 'all'] as const).map((s) => (
            <label key={s} class="chip">
              <input type="radio" name="scope" checked={scope === s} onChange={() => setScope(s)} />
              <span>{s === 'class' ? props.classRow.name : 'All my classes'}</span>
            </label>
          ))}
        </fieldset>
        <fieldset class="segmented period">
          <legend class="visually-hidden">Period</legend>
          {(['week', 'year'] as const).map((p) => (
            <label key={p} class="chip">
              <input type="radio" name="period" checked={period === p} onChange={() => setPeriod(p)} />
              <span>{p === 'week' ? 'This week' : 'This school year'}</span>
            </label>
          ))}
        </fieldset>
      </div>
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
          {minutes.notTimed > 0 && (
            <dd class="mirror-aside" data-testid="mirror-not-timed">
              {plural(minutes.notTimed, 'conference', 'conferences')} not timed (over {NOT_TIMED_MINUTES} min,
              or no timer): left out
            </dd>
          )}
        </div>
        <div>
          <dt>Continued a goal</dt>
          <dd data-testid="mirror-on-goal">
            {goal.continued} of {goal.total}
          </dd>
          <dd class="mirror-aside">
            A second or later conference on the same goal ({goal.onGoal} on a goal in all)
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
          caption="Minutes a conference (the timer counts the sheet in use; 5-7 is the aim)"
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
            {
              label: 'Not timed',
              value: minutes.notTimed,
              words: plural(minutes.notTimed, 'conference', 'conferences'),
              title: `Not timed (over ${NOT_TIMED_MINUTES} min, or no timer)`,
            },
          ]}
        />
        <BarChart
          caption="Conference types"
          what="Kind"
          bars={[
            ...CONFERENCE_TYPES.map((t) => ({
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
            label: l.label,
            value: kinds.lenses[l.value],
            words: plural(kinds.lenses[l.value], 'conference', 'conferences'),
          }))}
        />
        <BarChart
          caption="Seen least: fair shares of your time"
          what="Student"
          bars={least.map((s) => ({
            label:
              scope === 'all'
                ? `${shown(s.student.name)} (${classNames.get(s.student.classId) ?? ''})`
                : shown(s.student.name),
            value: s.times,
            words: `${plural(s.times, 'conference', 'conferences')}${s.daysSince === null ? '' : `, last ${s.daysSince === 0 ? 'today' : s.daysSince === 1 ? 'yesterday' : `${s.daysSince} days ago`}`}`,
          }))}
        />
        <BarChart
          caption="Your reflections: the answers you aim for"
          what="Question"
          bars={REFLECTION_QUESTIONS.map(([q, question]) => ({
            label: AIMED_FOR_LABEL[q],
            value: tallies[q].aimed,
            words: tallyWords(q, tallies[q] as Tally<typeof q>),
            title: question,
          }))}
        />
        <BarChart
          caption="Your reflections over time: the answers you aim for, a week"
          what="Week of"
          bars={reflections.map((w) => {
            const all = REFLECTION_QUESTIONS.map(([q]) => w.answers[q]);
            const aimed = all.reduce((sum, a) => sum + a.aimed, 0);
            const answered = all.reduce((sum, a) => sum + a.answered, 0);
            return { label: shortDay(w.weekOf), value: aimed, words: `${aimed} of ${answered}` };
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
