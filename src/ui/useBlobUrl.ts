// A recording's or photo's bytes as an object URL, from this device's copy; when it is not here yet, it
// is brought down from the sync server (and then plays offline). The URL is revoked when it goes.
import { useEffect, useState } from 'preact/hooks';
import { blobOf } from '../data/attachments.ts';
import { sync } from '../sync/appSync.ts';

export type BlobUrl =
  | { status: 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'missing'; message: string };

export function useBlobUrl(sha256: string, mime: string): BlobUrl {
  const [state, setState] = useState<BlobUrl>({ status: 'loading' });
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    const show = async () => {
      let blob = await blobOf(sha256);
      if (!blob) {
        try {
          await sync.fetchBlob(sha256, mime);
          blob = await blobOf(sha256);
        } catch (error) {
          if (live)
            setState({
              status: 'missing',
              message: `Not on this device yet: it comes down with the next sync on a connection. (${error instanceof Error ? error.message : String(error)})`,
            });
          return;
        }
      }
      if (!blob || !live) return;
      url = URL.createObjectURL(new Blob([blob.bytes], { type: blob.mime }));
      setState({ status: 'ready', url });
    };
    void show();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [sha256, mime]);
  return state;
}
