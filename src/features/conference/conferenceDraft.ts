// What the quick-log sheet holds while she types.
import {
  type AttachmentInput,
  type ConferenceRecord,
  EMPTY_CONFERENCE,
  type GoalWithSave,
} from '../../data/index.ts';

/** The sheet's fields: a conference's own, plus when the sheet was first opened (epoch ms) and the time it
 * has been in use (timer.ts), kept with the draft so that a draft restored later resumes from there. */
export type ConferenceDraft = Pick<
  ConferenceRecord,
  | 'type'
  | 'lenses'
  | 'research'
  | 'childGoal'
  | 'compliment'
  | 'teachingPoint'
  | 'tryIt'
  | 'nextStep'
  | 'goalIds'
  | 'note'
> & {
  startedAt: number;
  /** The time the sheet was in use when the draft was last kept (ms). A draft kept by an older version
   * has none: restoredActiveMs estimates it. */
  activeMs?: number;
  /** Photos taken on the sheet: kept on the device already, saved with the conference. */
  photos?: AttachmentInput[];
  /** A pattern's goal to set with the save (ticked when she picks from the pattern's row). */
  newGoal?: GoalWithSave | null;
};

export function emptyDraft(now = Date.now()): ConferenceDraft {
  const { type, lenses, research, childGoal, compliment, teachingPoint, tryIt, nextStep, goalIds, note } =
    EMPTY_CONFERENCE;
  return {
    type,
    lenses,
    research,
    childGoal,
    compliment,
    teachingPoint,
    tryIt,
    nextStep,
    goalIds,
    note,
    startedAt: now,
  };
}

export function draftOf(conference: ConferenceRecord): ConferenceDraft {
  return {
    type: conference.type,
    lenses: conference.lenses,
    research: conference.research,
    childGoal: conference.childGoal ?? '',
    compliment: conference.compliment,
    teachingPoint: conference.teachingPoint,
    tryIt: conference.tryIt,
    nextStep: conference.nextStep,
    goalIds: conference.goalIds,
    note: conference.note,
    startedAt: Date.parse(conference.at),
  };
}

/**
 * The time a restored draft's sheet had been in use: what it kept; for a draft kept before the timer
 * counted only the time in use, the time from opening the sheet to the last keystroke kept (`savedAt`),
 * which over 20 minutes makes the conference "not timed". Never the time since the sheet was first opened.
 */
export function restoredActiveMs(draft: ConferenceDraft, savedAt: string | undefined): number {
  if (typeof draft.activeMs === 'number' && Number.isFinite(draft.activeMs))
    return Math.max(0, draft.activeMs);
  const saved = savedAt ? Date.parse(savedAt) : Number.NaN;
  if (!Number.isFinite(saved) || !Number.isFinite(draft.startedAt)) return 0;
  return Math.max(0, saved - draft.startedAt);
}

export function isBlank(draft: ConferenceDraft): boolean {
  const { startedAt: _startedAt, activeMs: _activeMs, photos = [], ...rest } = draft;
  if (photos.length > 0) return false;
  const empty = emptyDraft(0);
  const { startedAt: _emptyStart, ...blank } = empty;
  return JSON.stringify(rest) === JSON.stringify(blank);
}
