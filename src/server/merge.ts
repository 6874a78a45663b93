// How a push merges into what the server holds, as a pure function: per field the newest HLC wins, and a
// text that loses to a write its device had not seen is kept as a conflict. Detection never depends on
// timing: each change names the stamp it replaced (`baseHlc`), and the server, which sees every write,
// compares it with the stamp it holds.
import { createHash } from 'node:crypto';
import { isNewer } from '../protocol/merge.ts';
import type { Change, Json } from '../protocol/types.ts';

/** The node id of the server's own stamps (on the conflict rows it writes). */
export const SERVER_NODE = '0000000000000000';

export interface StoredField {
  /** JSON text */
  json: string;
  hlc: string;
}

export interface FieldRow {
  table: string;
  row: string;
  field: string;
  json: string;
  hlc: string;
}

export interface KeptConflict {
  /** Derived from the losing write, so noticing the same loss twice keeps it once. */
  row: string;
  fields: FieldRow[];
}

export const fieldKey = (table: string, row: string, field: string) => `${table}\u0000${row}\u0000${field}`;

function isKeptText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function conflictId(table: string, row: string, field: string, lostHlc: string): string {
  return `k${createHash('sha256')
    .update(fieldKey(table, row, field))
    .update(`\u0000${lostHlc}`)
    .digest('hex')
    .slice(0, 40)}`;
}

/**
 * Merges `changes`, in order, over `stored`. A change is concurrent when the stamp it replaced is not the
 * one the server holds: another device wrote the field in between. Then the loser (the older stamp) is
 * kept when it is text that differs from the winner. Clients from before `baseHlc` send none: their
 * changes merge by HLC alone, as before.
 */
export function mergeChanges(
  stored: ReadonlyMap<string, StoredField>,
  changes: readonly Change[],
  stamp: () => string,
): { winners: FieldRow[]; conflicts: KeptConflict[] } {
  const current = new Map(stored);
  const changed = new Map<string, FieldRow>();
  const conflicts = new Map<string, KeptConflict>();
  const keep = (change: Change, lost: Json, lostHlc: string, kept: Json, keptHlc: string) => {
    if (!isKeptText(lost) || lost === kept) return;
    const row = conflictId(change.table, change.row, change.field, lostHlc);
    const values: Record<string, Json> = {
      table: change.table,
      row: change.row,
      field: change.field,
      lostValue: lost,
      lostHlc,
      keptHlc,
      at: new Date().toISOString(),
      resolved: 0,
      deleted: 0,
    };
    conflicts.set(row, {
      row,
      fields: Object.entries(values).map(([field, value]) => ({
        table: 'conflicts',
        row,
        field,
        json: JSON.stringify(value),
        hlc: stamp(),
      })),
    });
  };
  for (const change of changes) {
    const key = fieldKey(change.table, change.row, change.field);
    const held = current.get(key);
    const json = JSON.stringify(change.value);
    if (held?.hlc === change.hlc) continue;
    const concurrent = held !== undefined && change.baseHlc !== undefined && change.baseHlc !== held.hlc;
    if (isNewer(change.hlc, held?.hlc)) {
      if (held && concurrent) keep(change, JSON.parse(held.json) as Json, held.hlc, change.value, change.hlc);
      const row = { table: change.table, row: change.row, field: change.field, json, hlc: change.hlc };
      current.set(key, { json, hlc: change.hlc });
      changed.set(key, row);
    } else if (concurrent) {
      keep(change, change.value, change.hlc, JSON.parse(held.json) as Json, held.hlc);
    }
  }
  return { winners: [...changed.values()], conflicts: [...conflicts.values()] };
}
