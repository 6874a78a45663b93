// "Decide what to teach" (seed 002): the class's pattern table as a full-height sheet, its rows under
// headings in the table's order, with a search. On the conference sheet she taps ONE of a row's teaching
// points; on a goal sheet she taps the row to set its goal.
import { useMemo, useState } from 'preact/hooks';
import { byTopic, type Pattern, searchPatterns } from '../patterns/library.ts';
import { teachingPointsOf } from '../patterns/teachingPoints.ts';
import { FullSheet } from './FullSheet.tsx';

type PickProps =
  | { pick: 'point'; onPick: (pattern: Pattern, point: string) => void }
  | { pick: 'goal'; onPick: (pattern: Pattern) => void };

function Row(props: { pattern: Pattern } & PickProps) {
  const p = props.pattern;
  if (props.pick === 'goal') {
    const onPick = props.onPick;
    return (
      <li>
        <button type="button" class="pattern" onClick={() => onPick(p)}>
          <span class="pattern-see">If I see: {p.see}</span>
          <span class="pattern-goal">Goal: {p.goal}</span>
          <span class="pattern-points">Teach: {p.teachingPoints}</span>
        </button>
      </li>
    );
  }
  const onPick = props.onPick;
  return (
    <li>
      <fieldset class="pattern">
        {/* The row's name, as VoiceOver reads the group: its own visible words. */}
        <legend class="pattern-name">
          <span class="pattern-see">If I see: {p.see}</span>
          <span class="pattern-goal">Goal: {p.goal}</span>
        </legend>
        <span class="pattern-teach">Teach one:</span>
        <ul class="pattern-points">
          {teachingPointsOf(p.teachingPoints).map((point) => (
            <li key={point}>
              <button type="button" class="point" onClick={() => onPick(p, point)}>
                {point}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
    </li>
  );
}

export function PatternPicker(
  props: { patterns: readonly Pattern[]; band: string; onClose: () => void } & PickProps,
) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchPatterns(props.patterns, query), [props.patterns, query]);
  const groups = useMemo(() => byTopic(found), [found]);
  const { patterns: _patterns, band, onClose, ...pick } = props;
  return (
    <FullSheet
      title={props.pick === 'point' ? 'Pick one teaching point' : 'Pick a goal'}
      onClose={onClose}
      head={
        <>
          <label class="field">
            <span>Search patterns (grades {band})</span>
            <input
              type="search"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
              placeholder="e.g. transitions, done, details"
            />
          </label>
          <p class="muted" role="status">
            {found.length === 0
              ? 'No pattern matches.'
              : `${found.length} of ${props.patterns.length} patterns`}
          </p>
        </>
      }
    >
      {groups.map((group) => (
        <section key={group.topic} class="pattern-group" aria-label={group.topic}>
          <h3>{group.topic}</h3>
          <ul class="pattern-list">
            {group.patterns.map((p) => (
              <Row key={p.id} pattern={p} {...pick} />
            ))}
          </ul>
        </section>
      ))}
      <p>
        <a class="button" href="/patterns">
          Your own patterns…
        </a>
      </p>
    </FullSheet>
  );
}
