// What an import of names would do, before anything is written: which names are new, which are already
// in the class or repeated in the list, which cannot be used and why. Pure; shared by paste and CSV.
import { checkName } from '../../data/index.ts';

/** At most this many names in one paste or file: a class list, not a district export. */
export const MAX_IMPORT_ROWS = 500;

export interface Candidate {
  /** 1-based line (or CSV row) number, for the preview. */
  line: number;
  raw: string;
}

export type RowStatus = 'new' | 'in-class' | 'repeated' | 'invalid';

export interface PreviewRow {
  line: number;
  name: string;
  status: RowStatus;
  reason: string;
}

export interface RosterPreview {
  rows: PreviewRow[];
  /** The names an import would add, in order. */
  toAdd: string[];
  counts: Record<RowStatus, number>;
}

/** Names compare without case, spacing or Unicode-form differences; accents still count (José ≠ Jose). */
export function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

export function previewRoster(
  candidates: readonly Candidate[],
  existingNames: readonly string[],
): RosterPreview {
  const inClass = new Set(existingNames.map(nameKey));
  const seen = new Map<string, number>();
  const rows: PreviewRow[] = [];
  const counts: Record<RowStatus, number> = { new: 0, 'in-class': 0, repeated: 0, invalid: 0 };
  for (const { line, raw } of candidates) {
    const checked = checkName(raw.normalize('NFC'), 'name');
    let row: PreviewRow;
    if (!checked.ok) {
      row = { line, name: raw.trim(), status: 'invalid', reason: checked.reason };
    } else if (inClass.has(nameKey(checked.value))) {
      row = { line, name: checked.value, status: 'in-class', reason: 'Already in this class.' };
    } else if (seen.has(nameKey(checked.value))) {
      row = {
        line,
        name: checked.value,
        status: 'repeated',
        reason: `Same as line ${seen.get(nameKey(checked.value))}.`,
      };
    } else {
      seen.set(nameKey(checked.value), line);
      row = { line, name: checked.value, status: 'new', reason: '' };
    }
    counts[row.status] += 1;
    rows.push(row);
  }
  return { rows, toAdd: rows.filter((r) => r.status === 'new').map((r) => r.name), counts };
}

/** A pasted list, one name per line; blank lines and list markers ("1.", "-", "•") are dropped. */
export function parsePastedNames(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const raw = line.replace(/^\s*(?:[-*•]|\d{1,3}[.)])\s+/, '');
    if (raw.trim() !== '') candidates.push({ line: index + 1, raw });
  });
  return candidates;
}
