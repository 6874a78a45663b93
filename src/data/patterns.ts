// The teacher's own assessment patterns, and her edits to or hiding of built-in rows (stored under the
// built-in row's id). Synced like every other record.
import { InvalidInputError } from './errors.ts';
import type { GradeBand, PatternRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export interface PatternText {
  see: string;
  goal: string;
  teachingPoints: string;
}

function clean(text: PatternText): PatternText {
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();
  const out = { see: tidy(text.see), goal: tidy(text.goal), teachingPoints: tidy(text.teachingPoints) };
  if (!out.see || !out.goal || !out.teachingPoints) {
    throw new InvalidInputError('Fill in all three: what you see, the goal, and the teaching points.');
  }
  if (out.see.length > 500 || out.goal.length > 500 || out.teachingPoints.length > 1000) {
    throw new InvalidInputError('That pattern is too long to be useful beside a child; shorten it.');
  }
  return out;
}

export async function addPattern(
  band: GradeBand,
  text: PatternText,
  store = appStore(),
): Promise<PatternRecord> {
  const fields = clean(text);
  return mutate(store, ['patterns'], (write) =>
    write.create('patterns', { band, ...fields, hidden: 0, deleted: 0 }),
  );
}

/** Saves her wording of a pattern: her own, or a built-in one (then stored under the built-in id). */
export async function savePattern(
  id: string,
  band: GradeBand,
  text: PatternText,
  store = appStore(),
): Promise<void> {
  const fields = clean(text);
  await mutate(store, ['patterns'], async (write) => {
    const existing = await store.db.patterns.get(id);
    await write.put('patterns', id, { band, ...fields, hidden: existing?.hidden ?? 0, deleted: 0 });
  });
}

export async function setPatternHidden(
  id: string,
  band: GradeBand,
  hidden: boolean,
  builtIn: PatternText | null,
  store = appStore(),
): Promise<void> {
  await mutate(store, ['patterns'], async (write) => {
    const existing = await store.db.patterns.get(id);
    if (existing) await write.update('patterns', id, { hidden: hidden ? 1 : 0 });
    else if (builtIn) {
      const { see, goal, teachingPoints } = builtIn;
      await write.put('patterns', id, {
        band,
        see,
        goal,
        teachingPoints,
        hidden: hidden ? 1 : 0,
        deleted: 0,
      });
    }
  });
}

export async function deletePattern(id: string, store = appStore()): Promise<void> {
  await mutate(store, ['patterns'], (write) => write.remove('patterns', id));
}

/** Her patterns and edits for a grade band. */
export function patternRecords(band: GradeBand, store: Store = appStore()): Promise<PatternRecord[]> {
  return read(store, async () =>
    (await store.db.patterns.where('band').equals(band).toArray()).filter((p) => p.deleted === 0),
  );
}
