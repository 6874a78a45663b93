// A goal's status in the teacher's words (seed 002: working on a goal, met, revised), one list for the
// goal sheet's choice, the paper forms and the report-card CSV.
import type { GoalStatus } from '../../data/index.ts';

export const GOAL_STATUS_WORDS: Record<GoalStatus, string> = {
  working: 'Working on it',
  met: 'Met',
  revised: 'Revised',
};
