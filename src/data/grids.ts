// The 9-kid record grid of a class for a week. One grid per class and week, under a key made from both
// (not a random one): two devices that make this week's grid offline write the same record, box by box.
import { GRID_BOXES, type GridBoxKey, type GridRecord } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

export function gridId(classId: string, weekOf: string): string {
  return `grid:${classId}:${weekOf}`;
}

export function boxesOf(grid: GridRecord | undefined): (string | null)[] {
  return GRID_BOXES.map((box) => grid?.[box] ?? null);
}

function boxFields(studentIds: readonly (string | null)[]): Record<GridBoxKey, string | null> {
  return Object.fromEntries(GRID_BOXES.map((box, i) => [box, studentIds[i] ?? null])) as Record<
    GridBoxKey,
    string | null
  >;
}

/** Fills the week's grid (up to nine students; the rest stay empty). */
export async function saveGrid(
  classId: string,
  weekOf: string,
  studentIds: readonly (string | null)[],
  store = appStore(),
): Promise<GridRecord> {
  return mutate(store, ['grids'], (write) =>
    write.put('grids', gridId(classId, weekOf), { classId, weekOf, deleted: 0, ...boxFields(studentIds) }),
  );
}

/** Puts a student in one box (or empties it). */
export async function setGridBox(
  classId: string,
  weekOf: string,
  index: number,
  studentId: string | null,
  store = appStore(),
): Promise<void> {
  const box = GRID_BOXES[index];
  if (!box) throw new RangeError(`A 9-kid grid has boxes 0 to 8, not ${index}.`);
  await mutate(store, ['grids'], async (write) => {
    const id = gridId(classId, weekOf);
    const existing = await store.db.grids.get(id);
    if (existing && existing.deleted === 0) await write.update('grids', id, { [box]: studentId });
    else await write.put('grids', id, { classId, weekOf, deleted: 0, ...boxFields([]), [box]: studentId });
  });
}

export function getGrid(
  classId: string,
  weekOf: string,
  store: Store = appStore(),
): Promise<GridRecord | undefined> {
  return read(store, async () => {
    const found = await store.db.grids.get(gridId(classId, weekOf));
    return found && found.deleted === 0 ? found : undefined;
  });
}
