// Big tappable chips for a choice: one (radio) or several (checkbox). Real inputs underneath, so
// VoiceOver and the keyboard get the right roles and states for free.
export interface ChipOption<T extends string> {
  value: T;
  label: string;
  /** What the choice means: read by VoiceOver with the chip, and shown under the chips once chosen. */
  help?: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  options: readonly ChipOption<T>[];
}

export function ChoiceChips<T extends string>(
  props: Props<T> & { value: T | null; onChange: (value: T | null) => void },
) {
  const chosen = props.options.find((o) => o.value === props.value);
  return (
    <fieldset class="field chips">
      <legend>{props.legend}</legend>
      <div class="segmented">
        {props.options.map((o) => (
          <label key={o.value} class="chip">
            <input
              type="radio"
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              aria-describedby={o.help ? `${props.name}-${o.value}-help` : undefined}
              // A second tap on the chosen chip clears it: a quick log never forces a choice.
              onClick={() => props.value === o.value && props.onChange(null)}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {/* Each choice's meaning, outside its label so the chip's name stays its word; read as the chip's
          description only, not again one after another after the last chip. */}
      {props.options.map(
        (o) =>
          o.help && (
            <span
              key={o.value}
              id={`${props.name}-${o.value}-help`}
              class="visually-hidden"
              aria-hidden="true"
            >
              {o.help}
            </span>
          ),
      )}
      {chosen?.help && (
        <p class="chip-help muted" aria-hidden="true">
          {chosen.label}: {chosen.help}
        </p>
      )}
    </fieldset>
  );
}

export function ToggleChips<T extends string>(
  props: Props<T> & { values: readonly T[]; onChange: (values: T[]) => void },
) {
  return (
    <fieldset class="field chips">
      <legend>{props.legend}</legend>
      <div class="segmented">
        {props.options.map((o) => (
          <label key={o.value} class="chip">
            <input
              type="checkbox"
              name={props.name}
              value={o.value}
              checked={props.values.includes(o.value)}
              onChange={(e) =>
                props.onChange(
                  e.currentTarget.checked
                    ? [...props.values, o.value]
                    : props.values.filter((v) => v !== o.value),
                )
              }
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
