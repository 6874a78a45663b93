// Every value list a record's field takes, part of the table registry (tables.ts): each stored code with
// the words the teacher reads it in. The quick-log sheet's chips, the goal sheet, the timeline, the
// printed forms, the report-card CSV, My conferring and Search all take their words from here, and the
// registry checks stored values against the same lists: a new value is one line here. (The longer words
// that explain a value live in valueHelp.ts, loaded with the screens that show them, not with the app.)

/** A stored code and the words the teacher reads it in. */
export interface Choice<V extends string = string> {
  readonly value: V;
  readonly label: string;
}

/** The codes of a value list, in its order. */
export type ValueOf<L extends readonly Choice[]> = L[number]['value'];

/** The codes of a value list, in its order (a list's own type kept). */
export function valuesOf<L extends readonly Choice[]>(list: L): ValueOf<L>[] {
  return list.map((choice) => choice.value);
}

/** The words for a stored code; a code the list does not know (written by a newer version of the app)
 * reads as it was stored. */
export function labelOf(list: readonly Choice[], value: string): string {
  return list.find((choice) => choice.value === value)?.label ?? value;
}

export const GRADE_BANDS = [
  { value: 'K-2', label: 'Grades K-2' },
  { value: '3-8', label: 'Grades 3-8' },
] as const satisfies readonly Choice[];

/** Seed 003's types of conferences, and seed 001's table conference (what each is for: valueHelp.ts). */
export const CONFERENCE_TYPES = [
  { value: 'compliment', label: 'Compliment' },
  { value: 'rehearsal', label: 'Rehearsal' },
  { value: 'expectation', label: 'Expectation' },
  { value: 'content', label: 'Content' },
  { value: 'convention', label: 'Convention' },
  { value: 'table', label: 'Table' },
] as const satisfies readonly Choice[];

/** Seed 000's lenses for watching a writer and reading the work. */
export const LENSES = [
  { value: 'engagement', label: 'Engagement' },
  { value: 'structure', label: 'Structure' },
  { value: 'elaboration', label: 'Elaboration/craft' },
  { value: 'conventions', label: 'Conventions' },
  { value: 'voice', label: 'Voice' },
] as const satisfies readonly Choice[];

/** How the child's try-it went. */
export const TRY_IT_OUTCOMES = [
  { value: 'got it', label: 'Got it' },
  { value: 'with support', label: 'With support' },
  { value: 'not yet', label: 'Not yet' },
] as const satisfies readonly Choice[];

/** A goal's status (seed 002: working on a goal, met, revised). */
export const GOAL_STATUSES = [
  { value: 'working', label: 'Working on it' },
  { value: 'met', label: 'Met' },
  { value: 'revised', label: 'Revised' },
] as const satisfies readonly Choice[];

export const ATTACHMENT_KINDS = [
  { value: 'audio', label: 'Recording' },
  { value: 'photo', label: 'Photo' },
] as const satisfies readonly Choice[];

/** Seed 001's five reflection questions, by field (their words: REFLECTION_QUESTIONS in valueHelp.ts). */
export type ReflectionQuestion = 'pacing' | 'research' | 'compliment' | 'oneStrategy' | 'bestPoint';

/**
 * Seed 001's questions for listening back to a conference, each with the answers that fit it: pacing
 * rushed / about right / slow; research rushed yes / no; a compliment given as a paragraph of speech
 * yes / no; ONE strategy, more than one, or none; the best possible teaching point, or something else.
 */
export const REFLECTION_ANSWERS = {
  pacing: [
    { value: 'rushed', label: 'Rushed' },
    { value: 'about right', label: 'About right' },
    { value: 'slow', label: 'Slow' },
  ],
  research: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  compliment: [
    { value: 'yes', label: 'Yes' },
    { value: 'no', label: 'No' },
  ],
  oneStrategy: [
    { value: 'one', label: 'ONE' },
    { value: 'more than one', label: 'More than one' },
    { value: 'none', label: 'None' },
  ],
  bestPoint: [
    { value: 'best', label: 'The best possible one' },
    { value: 'something else', label: 'Something else would have helped more' },
  ],
} as const satisfies { readonly [Q in ReflectionQuestion]: readonly Choice[] };

/** What every reflection question took before its own answers: still valid, read by a rule
 * (src/data/reflections.ts). */
export const LEGACY_REFLECTION_ANSWERS = [
  { value: 'yes', label: 'Yes' },
  { value: 'not yet', label: 'Not yet' },
] as const satisfies readonly Choice[];

/** "Content", or '' when the conference has no type. */
export function typeWords(type: ValueOf<typeof CONFERENCE_TYPES> | null): string {
  return type ? labelOf(CONFERENCE_TYPES, type) : '';
}

/** "Structure, Elaboration/craft", in the order she ticked them. */
export function lensWords(lenses: readonly ValueOf<typeof LENSES>[]): string {
  return lenses.map((lens) => labelOf(LENSES, lens)).join(', ');
}

/** "With support", or '' when she did not note how the try-it went. */
export function tryItWords(tryIt: ValueOf<typeof TRY_IT_OUTCOMES> | null): string {
  return tryIt ? labelOf(TRY_IT_OUTCOMES, tryIt) : '';
}

/** "Working on it", "Met", "Revised" */
export function goalStatusWords(status: ValueOf<typeof GOAL_STATUSES>): string {
  return labelOf(GOAL_STATUSES, status);
}
