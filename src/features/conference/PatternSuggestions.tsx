// Under the research field: as she jots what the child says or does, the three pattern rows of the class's
// band that fit it best, each teaching point one tap away (the same pick as *Pick from patterns*). On the
// device, computed as she types; nothing shows until she has written a couple of meaningful words.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { GradeBand } from '../../data/index.ts';
import type { Pattern } from '../../patterns/library.ts';
import { suggestPatterns } from '../../patterns/suggest.ts';
import { teachingPointsOf } from '../../patterns/teachingPoints.ts';
import './suggestions.css';

/** Long enough to skip the letters of a word being typed, short enough to feel immediate. */
const SETTLE_MS = 200;

/** What she wrote, once she has paused typing; at once when the field is emptied. */
function useSettled(text: string): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    if (text.trim() === '') {
      setSettled(text);
      return;
    }
    const timer = setTimeout(() => setSettled(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

export function PatternSuggestions(props: {
  band: GradeBand;
  patterns: readonly Pattern[];
  /** What the child says they are doing, as she typed it. */
  text: string;
  onPick: (pattern: Pattern, point: string) => void;
}) {
  const settled = useSettled(props.text);
  const { band, patterns } = props;
  const suggestions = useMemo(() => suggestPatterns(band, patterns, settled), [band, patterns, settled]);
  const count = suggestions.length;
  return (
    <>
      {/* Said once when the rows first show or their number changes, not at every keystroke. */}
      <p class="visually-hidden" role="status">
        {count === 0 ? '' : `${count} ${count === 1 ? 'pattern fits' : 'patterns fit'} what you noted`}
      </p>
      {count > 0 && (
        <section class="suggestions" aria-label="Patterns that fit what you noted">
          <p class="suggestions-head" aria-hidden="true">
            Patterns that fit · tap the ONE point you teach
          </p>
          <ul class="suggestion-list">
            {suggestions.map(({ pattern }) => (
              <li key={pattern.id}>
                <fieldset class="suggestion">
                  <legend class="suggestion-name">
                    <span class="suggestion-see">If I see: {pattern.see}</span>
                  </legend>
                  <ul class="suggestion-points">
                    {teachingPointsOf(pattern.teachingPoints).map((point) => (
                      <li key={point}>
                        <button type="button" class="point" onClick={() => props.onPick(pattern, point)}>
                          {point}
                        </button>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
