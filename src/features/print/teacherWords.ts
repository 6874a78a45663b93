// Stored codes in the teacher's words, for paper and the report-card CSV: the labels the quick-log sheet
// and the goal sheet show (one list each, kept where those screens keep them), never a copy of them.
import type { ConferenceType, GoalStatus, Lens, TryItOutcome } from '../../data/index.ts';
import { LENS_OPTIONS, TRY_IT_OPTIONS, TYPE_OPTIONS } from '../conference/conferenceDraft.ts';
import { GOAL_STATUS_WORDS } from '../goals/goalStatusWords.ts';

/** A value the list does not know (written by a newer version of the app) stays as it was stored. */
function labelOf<V extends string>(options: readonly { value: V; label: string }[], value: V): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

/** "Content", or '' when the conference has no type. */
export function typeWords(type: ConferenceType | null): string {
  return type ? labelOf(TYPE_OPTIONS, type) : '';
}

/** "Structure, Elaboration/craft" */
export function lensWords(lenses: readonly Lens[]): string {
  return lenses.map((lens) => labelOf(LENS_OPTIONS, lens)).join(', ');
}

/** "With support", or '' when she did not note how the try-it went. */
export function tryItWords(tryIt: TryItOutcome | null): string {
  return tryIt ? labelOf(TRY_IT_OPTIONS, tryIt) : '';
}

/** "Working on it", "Met", "Revised" */
export function goalStatusWords(status: GoalStatus): string {
  return GOAL_STATUS_WORDS[status] ?? status;
}
