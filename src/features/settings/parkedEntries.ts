// The changes set aside, as Settings lists them: every change of one record set aside for one reason is
// one entry (a coach's new peer conference is one line, not one per field). Pure.
import type { ParkedRow } from '../../data/index.ts';

export interface ParkedEntry {
  key: string;
  /** "… was not synced: why", naming the field when the entry is one change, the record when it is more. */
  words: string;
  at: string;
  seqs: number[];
}

/** One entry per record and reason, in the order they were set aside. */
export function parkedEntries(rows: readonly ParkedRow[]): ParkedEntry[] {
  const entries = new Map<string, ParkedEntry>();
  for (const p of rows) {
    const key = p.record && p.why ? `${p.table}\u0000${p.row}\u0000${p.why}` : `seq\u0000${p.seq}`;
    const entry = entries.get(key);
    if (entry) {
      entry.seqs.push(p.seq);
      entry.words = `${p.record} was not synced: ${p.why}`;
    } else entries.set(key, { key, words: p.reason, at: p.at, seqs: [p.seq] });
  }
  return [...entries.values()];
}

/** A reason as Settings shows it: a sentence of its own. */
export const asSentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
