// Where an archived class went and how to open it again, in the words of the screens (kept apart from
// archivedClass.ts, which the app shell loads: these words load with the screens that say them).
import type { ClassRecord } from '../data/index.ts';

/** Where an archived class is and how to open it again, in the words of the screens. */
export function archivedWords(c: Pick<ClassRecord, 'name' | 'schoolYear'>): string {
  return `${c.name} (${c.schoolYear}) is archived: its students, notes, goals, recordings and photos are all kept. Open it again from Classes (Unarchive), or create next year's class.`;
}
