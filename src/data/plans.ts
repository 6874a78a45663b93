// The loose weekly plan (seed 000): which children to confer with and which small groups to pull, on
// which days. One plan per class and week, under a key made from both, like the 9-kid grid.
import { InvalidInputError } from './errors.ts';
import type { PlanEntry, PlanRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export function planId(classId: string, weekOf: string): string {
  return `plan:${classId}:${weekOf}`;
}

function check(entries: readonly PlanEntry[]): void {
  for (const entry of entries) {
    if (entry.studentIds.length === 0)
      throw new InvalidInputError('Each plan entry needs at least one student.');
    if (entry.kind === 'group' && entry.studentIds.length < 2)
      throw new InvalidInputError('A small group needs two or more students.');
    if (entry.day !== null && (entry.day < 0 || entry.day > 4))
      throw new InvalidInputError('Plan for Monday to Friday.');
  }
}

export async function savePlan(
  classId: string,
  weekOf: string,
  entries: readonly PlanEntry[],
  store = appStore(),
): Promise<void> {
  check(entries);
  await mutate(store, ['plans'], (write) =>
    write.put('plans', planId(classId, weekOf), { classId, weekOf, entries: [...entries], deleted: 0 }),
  );
}

export function getPlan(
  classId: string,
  weekOf: string,
  store: Store = appStore(),
): Promise<PlanRecord | undefined> {
  return read(store, async () => {
    const found = await store.db.plans.get(planId(classId, weekOf));
    return found && found.deleted === 0 ? found : undefined;
  });
}

/** Copies a week's plan into the next week (days kept), replacing what that week had. */
export async function carryPlanForward(
  classId: string,
  fromWeek: string,
  toWeek: string,
  store = appStore(),
): Promise<void> {
  await mutate(store, ['plans'], async (write) => {
    const from = await store.db.plans.get(planId(classId, fromWeek));
    const entries = from && from.deleted === 0 ? from.entries : [];
    await write.put('plans', planId(classId, toWeek), { classId, weekOf: toWeek, entries, deleted: 0 });
  });
}
