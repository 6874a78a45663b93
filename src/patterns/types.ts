import type { GradeBand } from '../data/index.ts';

/** One row of seed 002's "Common assessment patterns and responses" tables. */
export interface Pattern {
  id: string;
  band: GradeBand;
  /** "If I see this…" (I recognize this assessment pattern) */
  see: string;
  /** "I'll set this writing goal…" */
  goal: string;
  /** "Possible teaching points" */
  teachingPoints: string;
  /** What the row is about: the heading it is listed under in the picker. */
  topic: string;
}

/** Her own rows are listed under this heading, after the seed's. */
export const OWN_TOPIC = 'Your own patterns';

/** A table row as transcribed: [if I see this, I'll set this goal, possible teaching points]. */
export type Row = [see: string, goal: string, teachingPoints: string];

/**
 * A run of consecutive rows about one thing. The seed's tables run in an order (what the piece means, how
 * it is built, its details, its voice, its conventions, then the process: rehearsal, drafting, revision,
 * editing, and last purpose and audience) but print no headings; the headings are the seeds' own words,
 * the lenses of seed 000 and the kinds of conference of seed 003.
 */
export type Topic = [heading: string, rows: number];

export function toPatterns(
  band: GradeBand,
  prefix: string,
  rows: readonly Row[],
  topics: readonly Topic[],
): Pattern[] {
  const headings = topics.flatMap(([heading, count]) => Array<string>(count).fill(heading));
  if (headings.length !== rows.length)
    throw new Error(`The ${band} topics cover ${headings.length} rows of ${rows.length}.`);
  return rows.map(([see, goal, teachingPoints], i) => ({
    id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
    band,
    see,
    goal,
    teachingPoints,
    topic: headings[i] as string,
  }));
}
