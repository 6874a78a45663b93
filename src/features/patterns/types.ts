import type { GradeBand } from '../../data/index.ts';

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
}

/** A table row as transcribed: [if I see this, I'll set this goal, possible teaching points]. */
export type Row = [see: string, goal: string, teachingPoints: string];

export function toPatterns(band: GradeBand, prefix: string, rows: readonly Row[]): Pattern[] {
  return rows.map(([see, goal, teachingPoints], i) => ({
    id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
    band,
    see,
    goal,
    teachingPoints,
  }));
}
