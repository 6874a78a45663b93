// The quick-log sheet: one strength, one teaching point, the try-it, the next step, in seconds. The fields
// follow the conference as it happens (research, compliment, teach, try it, next step); the type and the
// lenses, which she can tick at any moment, come after, so the teaching point and its patterns are on the
// first screen in every orientation and in Split View.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type {
  ClassRecord,
  ConferenceRecord,
  GoalRecord,
  GoalWithSave,
  StudentRecord,
} from '../../data/index.ts';
import { CONFERENCE_TYPES_EXPLAINED, LENSES, TRY_IT_OUTCOMES } from '../../data/index.ts';
import { CHILDS_GOAL_QUESTION, GENERAL_STRATEGY } from '../../patterns/cheatSheet.ts';
import type { Pattern } from '../../patterns/library.ts';
import { ChoiceChips, ToggleChips } from '../../ui/ChipGroup.tsx';
import { shown } from '../../ui/names.ts';
import { PatternPicker } from '../../ui/PatternPicker.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { ConferenceDraft } from './conferenceDraft.ts';
import { LastTime } from './LastTime.tsx';
import { PatternSuggestions } from './PatternSuggestions.tsx';
import { withPickedPoint } from './pickPoint.ts';
import { ResearchGuide } from './ResearchGuide.tsx';
import { anotherMove, goalProgress, repeatWarnings } from './repeatWarning.ts';
import { SheetTimer } from './SheetTimer.tsx';

export interface SheetProps {
  classRow: ClassRecord;
  students: StudentRecord[];
  last: ConferenceRecord | null;
  goals: GoalRecord[];
  /** Conferences before this one on each goal: "3rd conference on this goal". */
  goalConferences: Record<string, number>;
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
  const names = students.map((s) => shown(s.name));
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function SheetForm(props: SheetProps) {
  const { draft, students } = props;
  const [picking, setPicking] = useState(false);
  // The last pick, undone in one tap: what the fields held before it.
  const [undo, setUndo] = useState<{ before: ConferenceDraft; appended: boolean } | null>(null);
  // The pattern's goal offered with the pick: ticked to be set with the save; she may untick it.
  const [offer, setOffer] = useState<GoalWithSave | null>(draft.newGoal ?? null);
  const set = (patch: Partial<ConferenceDraft>) => props.onChange({ ...draft, ...patch });
  const who = namesOf(students);
  const title = students.length > 1 ? `Group conference: ${who}` : `Conference with ${who}`;
  const [guide, setGuide] = useState(false);
  const warnings = props.editing ? [] : repeatWarnings(draft, props.last);
  const sameAgain = props.editing ? null : anotherMove(draft, props.last);
  const progress = goalProgress(
    props.goals.filter((g) => draft.goalIds.includes(g.id)),
    props.goalConferences,
  );
  const goalOptions = props.goals.map((g) => ({
    value: g.id,
    label:
      students.length > 1
        ? `${shown(students.find((s) => s.id === g.studentId)?.name ?? '')}: ${g.text}`
        : g.text,
  }));

  function pick(pattern: Pattern, point: string) {
    const picked = withPickedPoint(
      draft,
      { pattern, point },
      props.goals,
      students.map((s) => s.id),
    );
    setUndo({ before: draft, appended: picked.appended });
    setOffer(picked.draft.newGoal ?? null);
    props.onChange(picked.draft);
    setPicking(false);
  }

  function undoPick() {
    if (!undo) return;
    const { teachingPoint, goalIds, newGoal = null } = undo.before;
    set({ teachingPoint, goalIds, newGoal });
    setOffer(newGoal);
    setUndo(null);
  }

  return (
    <>
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
          <SheetTimer />
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
        <div class="sheet-body">
          <div class="sheet-fields">
            {props.recorder}
            {!props.editing && <LastTime last={props.last} now={Date.now()} />}
            {warnings.map((w) => (
              <p key={w} class="banner banner-warn" role="status">
                {w}
              </p>
            ))}
            <TextField
              label="What the child says they are doing"
              value={draft.research}
              onInput={(research) => set({ research })}
            >
              <button type="button" aria-haspopup="dialog" onClick={() => setGuide(true)}>
                How’s it going?
              </button>
            </TextField>
            <PatternSuggestions
              band={props.classRow.gradeBand}
              patterns={props.patterns}
              text={draft.research}
              onPick={pick}
            />
            <TextField
              label={CHILDS_GOAL_QUESTION}
              value={draft.childGoal}
              onInput={(childGoal) => set({ childGoal })}
              rows={1}
            />
            <TextField
              label="Strength I named"
              value={draft.compliment}
              onInput={(compliment) => set({ compliment })}
            />
            <TextField
              label="Teaching point"
              value={draft.teachingPoint}
              onInput={(teachingPoint) => {
                setUndo(null);
                set({ teachingPoint });
              }}
            >
              <button type="button" aria-haspopup="dialog" onClick={() => setPicking(true)}>
                Pick from patterns
              </button>
            </TextField>
            <p class="muted field-hint">{GENERAL_STRATEGY}</p>
            {progress.map((line) => (
              <p key={line} class="muted goal-progress">
                {line}
              </p>
            ))}
            {sameAgain && (
              <p class="banner banner-info" role="status">
                {sameAgain}
              </p>
            )}
            {undo && (
              <p class="picked" role="status">
                <span>
                  {undo.appended ? 'Added under what you had typed.' : 'Teaching point from the pattern.'}
                </span>
                <button type="button" onClick={undoPick}>
                  Undo
                </button>
              </p>
            )}
            {offer && (
              <ToggleChips
                legend={`Goal for ${who}`}
                name="newGoal"
                options={[{ value: 'set', label: `Set goal: ${offer.text}` }]}
                values={draft.newGoal ? ['set'] : []}
                onChange={(on) => set({ newGoal: on.length > 0 ? offer : null })}
              />
            )}
            <ChoiceChips
              legend="Try it"
              name="tryIt"
              options={TRY_IT_OUTCOMES}
              value={draft.tryIt}
              onChange={(tryIt) => set({ tryIt })}
            />
            <TextField label="Next step" value={draft.nextStep} onInput={(nextStep) => set({ nextStep })} />
            <ChoiceChips
              legend="Conference type"
              name="type"
              options={CONFERENCE_TYPES_EXPLAINED}
              value={draft.type}
              onChange={(type) => set({ type })}
            />
            <ToggleChips
              legend="Lenses"
              name="lenses"
              options={LENSES}
              values={draft.lenses}
              onChange={(lenses) => set({ lenses })}
            />
            {goalOptions.length > 0 ? (
              <ToggleChips
                legend="Linked goals"
                name="goals"
                options={goalOptions}
                values={draft.goalIds}
                onChange={(goalIds) => set({ goalIds })}
              />
            ) : (
              !offer && <p class="muted">No goals yet: pick a pattern to set one.</p>
            )}
            <TextField label="Note" value={draft.note} onInput={(note) => set({ note })} rows={3} />
            {props.media}
            {props.editing && (
              <button type="button" class="danger" onClick={props.onDelete}>
                Delete this conference
              </button>
            )}
          </div>
        </div>
      </form>
      {guide && <ResearchGuide onClose={() => setGuide(false)} />}
      {picking && (
        <PatternPicker
          patterns={props.patterns}
          band={props.classRow.gradeBand}
          pick="point"
          onPick={pick}
          onClose={() => setPicking(false)}
        />
      )}
    </>
  );
}
