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
