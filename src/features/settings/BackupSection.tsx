// Back up and restore (Settings). *Back up now* makes one .zip of everything on this iPad (notes,
// recordings, photos) and hands it to the share sheet, to save in Files or AirDrop; elsewhere it
// downloads. *Restore from a backup…* checks the whole file, shows what it would change, and restores
// only when she says so: field by field, so an older backup never overwrites a newer note.
import { differenceInCalendarDays } from 'date-fns';
import { useState } from 'preact/hooks';
import { weekdayAndTime } from '../../data/index.ts';
import type { BackupBlob, RestorePreview } from '../../data/onDemand.ts';
import type { Backup } from '../../protocol/backup.ts';
import { failureWords } from '../../protocol/words.ts';
import { accountStatus } from '../../sync/index.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { useBackUpNow } from '../../ui/useBackUpNow.ts';
import { useSetting } from '../../ui/useSetting.ts';
import { useStatus } from '../../ui/useStatus.ts';

const NUDGE_DAYS = 14;
const WORDS: [keyof RestorePreview, string][] = [
  ['classes', 'Classes'],
  ['students', 'Students'],
  ['conferences', 'Conferences'],
  ['goals', 'Goals'],
  ['attachments', 'Recordings and photos'],
];

export function BackupSection() {
  const [lastBackupAt] = useSetting('lastBackupAt');
  const backUpNow = useBackUpNow();
  const account = useStatus(accountStatus);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{
    backup: Backup;
    blobs: BackupBlob[];
    preview: RestorePreview;
    name: string;
  } | null>(null);

  const days = lastBackupAt ? differenceInCalendarDays(new Date(), new Date(lastBackupAt)) : null;
  const nudge = !account?.token && (days === null || days >= NUDGE_DAYS);

  async function backUp() {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await backUpNow());
    } catch (failure) {
      setError(failureWords(failure));
    } finally {
      setBusy(false);
    }
  }

  async function choose(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    setPending(null);
    try {
      const { previewRestore, readBackupZip } = await import('../../data/onDemand.ts');
      const { MAX_BACKUP_BYTES, BadBackupError } = await import('../../protocol/backup.ts');
      if (file.size > MAX_BACKUP_BYTES)
        throw new BadBackupError(
          `the file is ${Math.round(file.size / 1024 / 1024)} MB, more than a backup of this app can be`,
        );
      const { backup, blobs } = await readBackupZip(new Uint8Array(await file.arrayBuffer()));
      setPending({ backup, blobs, preview: await previewRestore(backup, blobs), name: file.name });
    } catch (failure) {
      setError(failureWords(failure));
    } finally {
      setBusy(false);
    }
  }

  async function restore() {
    if (!pending) return;
    setBusy(true);
    try {
      const { restoreBackup } = await import('../../data/onDemand.ts');
      const changed = await restoreBackup(pending.backup, pending.blobs);
      setMessage(
        `Restored from ${pending.name}: ${changed} record${changed === 1 ? '' : 's'} brought back or updated; nothing newer on this iPad was replaced.`,
      );
      setPending(null);
    } catch (failure) {
      setError(`${failureWords(failure)} Nothing was restored.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Backup</h2>
      <p data-testid="last-backup">
        {days === null
          ? 'No backup yet on this iPad.'
          : days === 0
            ? 'Last backup: today.'
            : `Last backup: ${days} day${days === 1 ? '' : 's'} ago.`}
      </p>
      {nudge && (
        <p class="banner banner-warn" role="status">
          Your notes are only on this iPad. Back up now (and keep the file in Files or on a computer), or turn
          on sync.
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="primary" disabled={busy} onClick={() => void backUp()}>
          Back up now
        </button>
        <label class="button">
          Restore from a backup…
          <input
            type="file"
            accept=".zip,application/zip"
            class="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              void choose(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {pending && (
        <section class="restore-preview" aria-label="Restore preview">
          <p>
            {pending.name}, made {weekdayAndTime(pending.backup.exportedAt)}. Nothing is written until you tap
            Restore.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">New here</th>
                <th scope="col">Newer in the backup</th>
                <th scope="col">Newer on this iPad (kept)</th>
              </tr>
            </thead>
            <tbody>
              {WORDS.map(([table, label]) => {
                const counts = pending.preview[table] as {
                  added: number;
                  newerInBackup: number;
                  newerHere: number;
                };
                return (
                  <tr key={table}>
                    <th scope="row">{label}</th>
                    <td>{counts.added}</td>
                    <td>{counts.newerInBackup}</td>
                    <td>{counts.newerHere}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="toolbar">
            <button type="button" class="primary" disabled={busy} onClick={() => void restore()}>
              Restore
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      <Outcome message={message} error={error} />
    </section>
  );
}
