// Whether the browser agreed to keep our data (navigator.storage.persisted()), where the app is open (a
// Safari tab, whose data Safari may delete after seven days without a visit, or the Home Screen), and how
// much room it uses. On iPad persistence is best effort: the sync server and backups are the real copy.
import { useEffect, useState } from 'preact/hooks';
import { blobBytesOnDevice } from '../../data/index.ts';
import { type AccountInfo, sync } from '../../sync/index.ts';
import { readDeviceFacts } from '../../ui/deviceFacts.ts';
import { whereItRuns } from '../../ui/homeScreen.ts';
import { askForPersistentStorage, storageReport } from '../../ui/storageReport.ts';
import { useStatus } from '../../ui/useStatus.ts';
import { keptWords, openedWords } from './storageWords.ts';

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}

export function StorageSection() {
  const report = useStatus(storageReport);
  const [media, setMedia] = useState<{ device: number | null; server: AccountInfo | null | 'unknown' }>({
    device: null,
    server: null,
  });
  useEffect(() => {
    void askForPersistentStorage();
    void blobBytesOnDevice().then((device) => setMedia((m) => ({ ...m, device })));
    // Only with a connection and a sign-in; otherwise the server's figure is not shown.
    void sync.serverUsage().then(
      (server) => setMedia((m) => ({ ...m, server })),
      () => setMedia((m) => ({ ...m, server: 'unknown' })),
    );
  }, []);
  const [where] = useState(() => whereItRuns(readDeviceFacts()));
  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">Storage on this device</h2>
      <dl class="facts">
        <dt>Kept for good</dt>
        <dd data-testid="persisted">{keptWords(report.persisted, where)}</dd>
        <dt>Opened</dt>
        <dd data-testid="opened">{openedWords(where)}</dd>
        <dt>Space used</dt>
        <dd>
          {report.usage === null
            ? 'Unknown'
            : `${megabytes(report.usage)}${report.quota ? ` of about ${megabytes(report.quota)} available` : ''}`}
        </dd>
        <dt>Recordings and photos</dt>
        <dd data-testid="media-usage">
          {media.device === null ? 'Counting…' : `${megabytes(media.device)} on this device`}
          {media.server && media.server !== 'unknown'
            ? `; ${megabytes(media.server.blobBytes)} of ${megabytes(media.server.blobQuota)} on your sync server`
            : media.server === 'unknown'
              ? '; the sync server cannot be asked right now'
              : ''}
        </dd>
      </dl>
    </section>
  );
}
