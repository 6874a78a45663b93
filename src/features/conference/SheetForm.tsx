// The quick-log sheet: one strength, one teaching point, the try-it, the next step, in seconds.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ClassRecord, ConferenceRecord, GoalRecord, StudentRecord } from '../../data/index.ts';
import { ChoiceChips, ToggleChips } from '../../ui/ChipGroup.tsx';
import { PatternPicker } from '../../ui/PatternPicker.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { Pattern } from '../patterns/library.ts';
import { type ConferenceDraft, LENS_OPTIONS, TRY_IT_OPTIONS, TYPE_OPTIONS } from './conferenceDraft.ts';
import { GoalOffer } from './GoalOffer.tsx';
import { LastTime } from './LastTime.tsx';
import { repeatWarnings } from './repeatWarning.ts';
import { SheetTimer } from './SheetTimer.tsx';

export interface SheetProps {
  classRow: ClassRecord;
  students: StudentRecord[];
  last: ConferenceRecord | null;
  goals: GoalRecord[];
  patterns: Pattern[];
  draft: ConferenceDraft;
  editing: boolean;
  saving: boolean;
  error: string | null;
  onChange: (draft: ConferenceDraft) => void;
  onSave: () => void;
  onCancel: () => void;
  onDelete: () => void;
  /** The recording control, first: she starts it as she sits down. */
  recorder?: ComponentChildren;
  /** The photos of the writing, under the note. */
  media?: ComponentChildren;
}

export function namesOf(students: readonly StudentRecord[]): string {
  const names = students.map((s) => s.name);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function SheetForm(props: SheetProps) {
  const { draft, students } = props;
  const [picking, setPicking] = useState(false);
  const [offer, setOffer] = useState<Pattern | null>(null);
  // Goals set from this sheet join the list at once (the sheet's data is a snapshot).
  const [newGoals, setNewGoals] = useState<GoalRecord[]>([]);
  const goals = [...props.goals, ...newGoals];
  const set = (patch: Partial<ConferenceDraft>) => props.onChange({ ...draft, ...patch });
  const who = namesOf(students);
  const title = students.length > 1 ? `Group conference: ${who}` : `Conference with ${who}`;
  const warnings = props.editing ? [] : repeatWarnings(draft, props.last);
  const goalOptions = goals.map((g) => ({
    value: g.id,
    label:
      students.length > 1 ? `${students.find((s) => s.id === g.studentId)?.name ?? ''}: ${g.text}` : g.text,
  }));

  function pick(pattern: Pattern) {
    set({ teachingPoint: pattern.teachingPoints });
    setPicking(false);
    if (!goals.some((g) => g.text === pattern.goal)) setOffer(pattern);
  }

  return (
    <form
      class="sheet"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <header class="sheet-header">
        <h1>{title}</h1>
        <SheetTimer startedAt={draft.startedAt} />
        <span class="sheet-actions">
          <button type="button" onClick={props.onCancel}>
            Close
          </button>
          <button type="submit" class="primary" disabled={props.saving}>
            {props.editing ? 'Save changes' : 'Save conference'}
          </button>
        </span>
      </header>
      {props.error && (
        <p class="banner banner-error" role="alert">
          {props.error}
        </p>
      )}
      <div class={`sheet-body${picking ? ' with-picker' : ''}`}>
        <div class="sheet-fields">
          {props.recorder}
          {!props.editing && <LastTime last={props.last} now={Date.now()} />}
          {warnings.map((w) => (
            <p key={w} class="banner banner-warn" role="status">
              {w}
            </p>
          ))}
          <ChoiceChips
            legend="Conference type"
            name="type"
            options={TYPE_OPTIONS}
            value={draft.type}
            onChange={(type) => set({ type })}
          />
          <ToggleChips
            legend="Lenses"
            name="lenses"
            options={LENS_OPTIONS}
            values={draft.lenses}
            onChange={(lenses) => set({ lenses })}
          />
          <TextField
            label="What the child says they are doing"
            value={draft.research}
            onInput={(research) => set({ research })}
          />
          <TextField
            label="Strength I named"
            value={draft.compliment}
            onInput={(compliment) => set({ compliment })}
          />
          <TextField
            label="Teaching point"
            value={draft.teachingPoint}
            onInput={(teachingPoint) => set({ teachingPoint })}
          >
            <button type="button" aria-expanded={picking} onClick={() => setPicking(!picking)}>
              {picking ? 'Hide patterns' : 'Pick from patterns'}
            </button>
          </TextField>
          {offer && (
            <GoalOffer
              pattern={offer}
              classId={props.classRow.id}
              studentIds={students.map((s) => s.id)}
              who={who}
              onSet={(made) => {
                setNewGoals([...newGoals, ...made]);
                set({ goalIds: [...draft.goalIds, ...made.map((g) => g.id)] });
                setOffer(null);
              }}
              onDismiss={() => setOffer(null)}
            />
          )}
          <ChoiceChips
            legend="Try it"
            name="tryIt"
            options={TRY_IT_OPTIONS}
            value={draft.tryIt}
            onChange={(tryIt) => set({ tryIt })}
          />
          <TextField label="Next step" value={draft.nextStep} onInput={(nextStep) => set({ nextStep })} />
          {goalOptions.length > 0 ? (
            <ToggleChips
              legend="Linked goals"
              name="goals"
              options={goalOptions}
              values={draft.goalIds}
              onChange={(goalIds) => set({ goalIds })}
            />
          ) : (
            <p class="muted">No goals yet: pick a pattern to set one.</p>
          )}
          <TextField label="Note" value={draft.note} onInput={(note) => set({ note })} rows={3} />
          {props.media}
          {props.editing && (
            <button type="button" class="danger" onClick={props.onDelete}>
              Delete this conference
            </button>
          )}
        </div>
        {picking && <PatternPicker patterns={props.patterns} band={props.classRow.gradeBand} onPick={pick} />}
      </div>
    </form>
  );
}
