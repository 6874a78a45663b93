// The backup as a file: a zip (fflate) with backup.json and each recording and photo under
// attachments/<sha256>. Reading one checks all of it (the zip, the JSON, every record by the table
// registry, every file against its hash) before anything is restored, and names what is wrong.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type Backup, BadBackupError, MAX_BACKUP_BYTES, parseBackup } from '../protocol/backup.ts';
import { sha256Of } from './attachments.ts';
import type { BackupBlob } from './backup.ts';

export function backupFileName(now = new Date()): string {
  return `conferring-clipboard-${now.toISOString().slice(0, 10)}.zip`;
}

export function writeBackupZip(backup: Backup, blobs: readonly BackupBlob[]): Uint8Array {
  const files: Record<string, Uint8Array> = { 'backup.json': strToU8(JSON.stringify(backup)) };
  // Recordings and photos are compressed already: stored, not squeezed again.
  for (const blob of blobs) files[`attachments/${blob.sha256}`] = new Uint8Array(blob.bytes);
  return zipSync(files, { level: 0 });
}

export async function readBackupZip(bytes: Uint8Array): Promise<{ backup: Backup; blobs: BackupBlob[] }> {
  if (bytes.byteLength > MAX_BACKUP_BYTES)
    throw new BadBackupError(
      `the file is ${Math.round(bytes.byteLength / 1024 / 1024)} MB, more than a backup of this app can be (${MAX_BACKUP_BYTES / 1024 / 1024} MB)`,
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new BadBackupError('the file is not a zip, or it is damaged (cut short?)');
  }
  const json = files['backup.json'];
  if (!json) throw new BadBackupError('there is no backup.json in it');
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(json));
  } catch {
    throw new BadBackupError('its backup.json is not readable JSON');
  }
  const backup = parseBackup(raw);
  const blobs: BackupBlob[] = [];
  for (const [i, a] of backup.attachments.entries()) {
    const file = files[`attachments/${a.sha256}`];
    const copy = file ? file.slice().buffer : null;
    if (!copy || (await sha256Of(copy)) !== a.sha256)
      throw new BadBackupError(`recording or photo ${i + 1} is missing from it or damaged`);
    blobs.push({ sha256: a.sha256, mime: a.mime, bytes: copy });
  }
  return { backup, blobs };
}
