// Who goes in this week's 9-kid grid: students who signed up first (in the order they asked), then those
// in the weekly plan, then the most overdue. Pure.
import { type ClassRecordRow, sortRows } from '../../data/index.ts';

export const GRID_SIZE = 9;

export function proposeGrid(
  rows: readonly ClassRecordRow[],
  signedUp: readonly string[] = [],
  planned: readonly string[] = [],
): string[] {
  const active = new Set(rows.map((r) => r.student.id));
  const chosen: string[] = [];
  const take = (id: string) => {
    if (chosen.length < GRID_SIZE && active.has(id) && !chosen.includes(id)) chosen.push(id);
  };
  for (const id of signedUp) take(id);
  for (const id of planned) take(id);
  for (const row of sortRows(rows, 'overdue')) take(row.student.id);
  return chosen;
}
