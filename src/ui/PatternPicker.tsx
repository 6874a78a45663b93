// "Decide what to teach": search the class's pattern table and tap a row to use its teaching point.
import { useMemo, useState } from 'preact/hooks';
import { type Pattern, searchPatterns } from '../features/patterns/library.ts';

export function PatternPicker(props: {
  patterns: readonly Pattern[];
  band: string;
  onPick: (pattern: Pattern) => void;
  /** What a tap does, for VoiceOver: "Use" a teaching point (the sheet), or "Set goal" (the goal sheet). */
  actionLabel?: string;
}) {
  const action = props.actionLabel ?? 'Use';
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchPatterns(props.patterns, query), [props.patterns, query]);
  return (
    <section class="picker" aria-label="Pattern library">
      <label class="field">
        <span>Search patterns (grades {props.band})</span>
        <input
          type="search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          placeholder="e.g. transitions, done, details"
        />
      </label>
      <p class="muted" role="status">
        {found.length === 0 ? 'No pattern matches.' : `${found.length} of ${props.patterns.length} patterns`}
      </p>
      <ul class="pattern-list">
        {found.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              class="pattern"
              onClick={() => props.onPick(p)}
              aria-label={action === 'Use' ? `Use: ${p.teachingPoints}` : `${action}: ${p.goal}`}
            >
              <span class="pattern-see">If I see: {p.see}</span>
              <span class="pattern-goal">Goal: {p.goal}</span>
              <span class="pattern-points">Teach: {p.teachingPoints}</span>
            </button>
          </li>
        ))}
      </ul>
      <p>
        <a href="/patterns">Your own patterns…</a>
      </p>
    </section>
  );
}
