// Reads a class list from a CSV file with papaparse (quotes, BOM, CRLF, blank lines). Finds the name
// column from a header when there is one. Refuses what is not a class list before reading all of it.
import Papa from 'papaparse';
import { type Candidate, MAX_IMPORT_ROWS } from './rosterPreview.ts';

export const MAX_FILE_BYTES = 512 * 1024;

export type CsvResult =
  | { ok: true; candidates: Candidate[]; header: string[] | null }
  | { ok: false; reason: string };

const NOT_CSV_EXTENSIONS = /\.(xlsx|xls|numbers|ods|pdf|docx?|pages|png|jpe?g|heic|zip)$/i;

/** Checks a file before reading it, so a huge or wrong file never freezes the iPad. */
export function checkRosterFile(file: { name: string; size: number }): string | null {
  if (NOT_CSV_EXTENSIONS.test(file.name)) {
    return `"${file.name}" is not a CSV file. In Numbers, Excel or Google Sheets, export the class list as CSV, then import that.`;
  }
  if (file.size === 0) return `"${file.name}" is empty.`;
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1_000_000).toFixed(1);
    return `"${file.name}" is ${mb} MB; a class list is far smaller (at most 0.5 MB). Nothing was imported.`;
  }
  return null;
}

function findColumns(header: string[]): { name?: number; first?: number; last?: number } {
  const norm = header.map((h) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' '),
  );
  const index = (...names: string[]) => {
    const found = norm.findIndex((h) => names.includes(h));
    return found === -1 ? undefined : found;
  };
  return {
    name: index('name', 'student', 'student name', 'full name', 'students', 'names'),
    first: index('first', 'first name', 'given name', 'forename'),
    last: index('last', 'last name', 'surname', 'family name'),
  };
}

/**
 * True when a file's text cannot be a class list: control characters, bytes that were not UTF-8 (the
 * decoder's U+FFFD), or mostly characters that never appear in names and CSV punctuation. A binary file
 * without zero bytes would otherwise preview as "2 new" students with garbage names.
 */
export function looksLikeBinary(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what this looks for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/u.test(text)) return true;
  const sample = text.slice(0, 20_000);
  const odd = sample.replace(/[\p{L}\p{M}\p{N}\s,;"'’.()\-/&]/gu, '').length;
  return sample.length > 0 && odd / sample.length > 0.15;
}

export function parseRosterCsv(text: string): CsvResult {
  if (looksLikeBinary(text)) {
    return {
      ok: false,
      reason:
        'This file is not text: it looks like a spreadsheet, an image or another program’s file. Export the class list as CSV, then import that. Nothing was imported.',
    };
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) {
    return {
      ok: false,
      reason: `Row ${(broken.row ?? 0) + 1} has a quote that is never closed. Nothing was imported.`,
    };
  }
  const rows = parsed.data;
  if (rows.length === 0) return { ok: false, reason: 'The file has no names in it.' };
  const columns = findColumns(rows[0] ?? []);
  const hasHeader = columns.name !== undefined || columns.first !== undefined || columns.last !== undefined;
  const body = hasHeader ? rows.slice(1) : rows;
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      ok: false,
      reason: `The file has ${body.length.toLocaleString('en-US')} rows; one import takes at most ${MAX_IMPORT_ROWS} names. Nothing was imported.`,
    };
  }
  const pick = (row: string[]): string => {
    if (columns.name !== undefined) return row[columns.name] ?? '';
    if (columns.first !== undefined || columns.last !== undefined) {
      return [row[columns.first ?? -1] ?? '', row[columns.last ?? -1] ?? ''].join(' ');
    }
    return row[0] ?? '';
  };
  const offset = hasHeader ? 2 : 1;
  const candidates = body.map((row, i) => ({ line: i + offset, raw: pick(row) }));
  return { ok: true, candidates, header: hasHeader ? (rows[0] ?? null) : null };
}
