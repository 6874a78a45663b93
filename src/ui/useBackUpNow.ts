// *Back up now*: one .zip of everything on this iPad (notes, recordings, photos), handed to the share
// sheet to save in Files or AirDrop (a download elsewhere), and the day kept for "Last backup". The one
// way to back up, for Settings' Backup section and the notice that her notes are in a Safari tab.
import { saveFile } from './saveFile.ts';
import { useSetting } from './useSetting.ts';

/** Makes and hands over the backup; resolves to the words to show, throws what went wrong. */
export function useBackUpNow(): () => Promise<string> {
  // Through the shared setting, so every "Last backup" on screen follows.
  const [, setLastBackupAt] = useSetting('lastBackupAt');
  return async () => {
    // The zip library and the collection load only when she backs up.
    const [{ backupFileName, collectBackup, writeBackupZip }, pkg] = await Promise.all([
      import('../data/onDemand.ts'),
      import('../../package.json'),
    ]);
    const { backup, blobs } = await collectBackup(pkg.version);
    const bytes = writeBackupZip(backup, blobs);
    const file = new File([bytes.slice().buffer], backupFileName(), { type: 'application/zip' });
    const how = await saveFile(file);
    await setLastBackupAt(new Date().toISOString());
    return how === 'shared' ? `Backup saved: ${file.name}.` : `Backup downloaded: ${file.name}.`;
  };
}
