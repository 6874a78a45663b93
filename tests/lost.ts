// The reliability suite's one measure: how many texts a teacher saved are missing from a device, where a
// text counts as kept when it is the field's value or an open conflict's kept text. Each case ends with
// `expectNoNotesLost`, which prints the count ("0 notes lost") and fails on any other.
import { expect } from 'vitest';
import type { Store } from '../src/data/index.ts';
import { openConflicts } from '../src/data/index.ts';
import { SYNCED_TABLES } from '../src/protocol/types.ts';

export interface SavedText {
  table: string;
  row: string;
  field: string;
  text: string;
}

/** Every text on a device, as `table/row/field/text`: values, and the texts kept by open conflicts. */
export async function keptTexts(store: Store): Promise<Set<string>> {
  const kept = new Set<string>();
  for (const table of SYNCED_TABLES) {
    for (const record of await store.db.table(table).toArray()) {
      for (const [field, value] of Object.entries(record as Record<string, unknown>))
        if (typeof value === 'string') kept.add(`${table}/${record.id}/${field}/${value}`);
    }
  }
  for (const c of await openConflicts(store))
    kept.add(`${c.table}/${c.row}/${c.field}/${String(c.lostValue)}`);
  return kept;
}

export async function notesLost(saved: Iterable<SavedText>, stores: readonly Store[]): Promise<string[]> {
  const lost: string[] = [];
  for (const store of stores) {
    const kept = await keptTexts(store);
    for (const s of saved) {
      const key = `${s.table}/${s.row}/${s.field}/${s.text}`;
      if (!kept.has(key)) lost.push(`${store.db.name}: ${key}`);
    }
  }
  return lost;
}

export async function expectNoNotesLost(
  label: string,
  saved: Iterable<SavedText>,
  stores: readonly Store[],
): Promise<void> {
  const lost = await notesLost(saved, stores);
  console.log(`${label}: ${lost.length} notes lost`);
  expect(lost).toEqual([]);
}
