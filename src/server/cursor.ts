// Pull cursors: opaque to clients, the position (version, table, row, field) of the last change sent.
import { ServiceError } from './errors.ts';

export interface Cursor {
  version: number;
  tbl: string;
  row: string;
  field: string;
}

/** Cursors are opaque to clients: the position of the last change returned. */
export function encodeCursor(cursor: Cursor): string {
  return cursor.version === 0 && !cursor.tbl
    ? '0'
    : `${cursor.version}.${Buffer.from(JSON.stringify([cursor.tbl, cursor.row, cursor.field])).toString('base64url')}`;
}

export function decodeCursor(raw: string | number): Cursor {
  const text = String(raw);
  if (text === '0') return { version: 0, tbl: '', row: '', field: '' };
  const [version, key] = text.split('.');
  try {
    const [tbl, row, field] = JSON.parse(Buffer.from(key ?? '', 'base64url').toString('utf8')) as string[];
    const v = Number(version);
    if (
      !Number.isSafeInteger(v) ||
      v < 0 ||
      typeof tbl !== 'string' ||
      typeof row !== 'string' ||
      typeof field !== 'string'
    )
      throw new Error();
    return { version: v, tbl, row, field };
  } catch {
    throw new ServiceError(400, 'That cursor was not made by this server.');
  }
}
