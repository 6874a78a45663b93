// The backup file's format, shared by the app (which writes and restores it) and the tests. A backup is a
// zip: `backup.json` (this format) and each recording and photo under `attachments/<sha256>`.
//
//   { "format": "conferring-clipboard-backup", "version": 1, "exportedAt": "<ISO>", "appVersion": "0.1.0",
//     "tables": { "<synced table>": [ { "id", "_clock": { "<field>": "<hlc>" }, "<field>": <value>, … } ] },
//     "attachments": [ { "sha256", "mime", "size" } ] }
//
// Every record carries its fields' clock stamps, so a restore merges field by field: an older backup never
// overwrites a newer note. Checked without zod (the checks are the table registry's), so a bad file is
// refused with words that name what is wrong.
import { isHlc } from './hlc.ts';
import { isRecord, type Json } from './json.ts';
import { checkField, isSyncedTable, type SyncedTable } from './tables.ts';

export const BACKUP_FORMAT = 'conferring-clipboard-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read. */
export const MAX_BACKUP_BYTES = 150 * 1024 * 1024;
const MAX_VALUE_CHARS = 256 * 1024;

export interface BackupRecord {
  id: string;
  _clock: Record<string, string>;
  [field: string]: unknown;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  appVersion: string;
  tables: Partial<Record<SyncedTable, BackupRecord[]>>;
  attachments: { sha256: string; mime: string; size: number }[];
}

export class BadBackupError extends Error {
  constructor(what: string) {
    super(`This backup cannot be restored: ${what}. Nothing was changed.`);
    this.name = 'BadBackupError';
  }
}

function tooLong(value: unknown): boolean {
  return JSON.stringify(value ?? null).length > MAX_VALUE_CHARS;
}

/** The backup, checked in full; throws a BadBackupError naming the first thing wrong. */
export function parseBackup(raw: unknown): Backup {
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT)
    throw new BadBackupError('it is not a Conferring Clipboard backup');
  if (raw.version !== BACKUP_VERSION)
    throw new BadBackupError(
      `it was made by another version of the app (backup format ${String(raw.version)}; this app reads ${BACKUP_VERSION})`,
    );
  if (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt)))
    throw new BadBackupError('its date is missing');
  if (!isRecord(raw.tables)) throw new BadBackupError('it has no tables');
  const tables: Backup['tables'] = {};
  for (const [table, records] of Object.entries(raw.tables)) {
    if (!isSyncedTable(table))
      throw new BadBackupError(`it has a table this app does not know ("${table.slice(0, 40)}")`);
    if (!Array.isArray(records)) throw new BadBackupError(`its ${table} are not a list`);
    tables[table] = records.map((record, i) => checkRecord(table, record, i));
  }
  if (!Array.isArray(raw.attachments))
    throw new BadBackupError('its list of recordings and photos is missing');
  const attachments = raw.attachments.map((a, i) => {
    if (
      !isRecord(a) ||
      typeof a.sha256 !== 'string' ||
      !/^[0-9a-f]{64}$/.test(a.sha256) ||
      typeof a.mime !== 'string' ||
      typeof a.size !== 'number'
    )
      throw new BadBackupError(`recording or photo ${i + 1} is not described properly`);
    return { sha256: a.sha256, mime: a.mime, size: a.size };
  });
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: raw.exportedAt,
    appVersion: typeof raw.appVersion === 'string' ? raw.appVersion : 'unknown',
    tables,
    attachments,
  };
}

function checkRecord(table: SyncedTable, record: unknown, index: number): BackupRecord {
  const where = `${table} record ${index + 1}`;
  if (!isRecord(record)) throw new BadBackupError(`${where} is not a record`);
  const { id, _clock: clock, ...fields } = record;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what this refuses
  if (typeof id !== 'string' || id === '' || id.length > 64 || /[\u0000-\u001f]/.test(id))
    throw new BadBackupError(`${where} has no usable id`);
  if (!isRecord(clock)) throw new BadBackupError(`${where} has no clock stamps`);
  // An own "__proto__" key from JSON.parse, or any other name the registry does not declare, is refused.
  for (const [field, value] of Object.entries(fields)) {
    if (tooLong(value))
      throw new BadBackupError(`${where} has a ${field} longer than ${MAX_VALUE_CHARS / 1024} KB`);
    const problem = checkField(table, field, value as Json);
    if (problem) throw new BadBackupError(`${where}: ${problem}`);
    const stamp = clock[field];
    if (typeof stamp !== 'string' || !isHlc(stamp))
      throw new BadBackupError(`${where} has no clock stamp for ${field}`);
  }
  // hasOwn, not `in`: "__proto__" is `in` every object.
  for (const field of Object.keys(clock))
    if (!Object.hasOwn(fields, field)) throw new BadBackupError(`${where} has a stamp for a missing field`);
  return { id, _clock: clock as Record<string, string>, ...fields };
}
