// Her part in a shared class, in the words every sharing screen uses. Pure.
import type { Role } from '../../sync/index.ts';

export const ROLE_WORDS: Record<Role, string> = { coteacher: 'Co-teacher', coach: 'Coach' };

/** What each part may do, as the owner chooses it and the invited teacher reads it. */
export const ROLE_DOES: Record<Role, string> = {
  coteacher: 'reads and writes the roster, conferences, goals, grids, plans, sign-ups and recordings',
  coach: 'reads everything, and may add reflections',
};

/** The same, said to the invited teacher: "As co-teacher you read and write …". */
export const ROLE_YOU: Record<Role, string> = {
  coteacher: 'you read and write its roster, conferences, goals, grids, plans, sign-ups and recordings',
  coach: 'you read everything of it, and may add reflections',
};
