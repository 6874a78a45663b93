// Pull cursors: opaque to clients. A pull walks the caller's spaces one after another, so a cursor holds,
// per space, either how far it has read (the version, table, row and field of the last change sent) or
// that it has read everything up to a version. Cursors from before spaces ("0", or "version.key") start
// over from the beginning: pulling what a device already has changes nothing on it.
import { ServiceError } from './errors.ts';

export interface Position {
  version: number;
  /** Absent: every change of this space up to `version` was sent. */
  at?: { tbl: string; row: string; field: string };
}

export type Cursor = Map<string, Position>;

const PREFIX = '2:';

export function encodeCursor(cursor: Cursor): string {
  const entries: Record<string, (number | string)[]> = {};
  for (const [space, p] of cursor)
    entries[space] = p.at ? [p.version, p.at.tbl, p.at.row, p.at.field] : [p.version];
  return `${PREFIX}${JSON.stringify(entries)}`;
}

const isVersion = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function decodeCursor(raw: string | number): Cursor {
  const text = String(raw);
  if (text === '0' || /^\d+\.[A-Za-z0-9_-]*$/.test(text)) return new Map();
  const refused = new ServiceError(400, 'That cursor was not made by this server.');
  if (!text.startsWith(PREFIX)) throw refused;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.slice(PREFIX.length));
  } catch {
    throw refused;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw refused;
  const cursor: Cursor = new Map();
  for (const [space, value] of Object.entries(parsed)) {
    if (!Array.isArray(value) || !isVersion(value[0])) throw refused;
    if (value.length === 1) cursor.set(space, { version: value[0] });
    else if (value.length === 4 && value.slice(1).every((v) => typeof v === 'string')) {
      const [version, tbl, row, field] = value as [number, string, string, string];
      cursor.set(space, { version, at: { tbl, row, field } });
    } else throw refused;
  }
  return cursor;
}
