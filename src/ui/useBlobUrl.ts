// Recordings' and photos' bytes as object URLs, from this device's copy; when one is not here yet, it is
// brought down from the sync server (and then plays offline). The URLs are revoked when they go.
import { useEffect, useState } from 'preact/hooks';
import { blobOf } from '../data/index.ts';
import { sync } from '../sync/index.ts';

export type BlobUrl =
  | { status: 'loading' }
  | { status: 'ready'; url: string }
  | { status: 'missing'; message: string };

export type BlobUrls =
  | { status: 'loading' }
  | { status: 'ready'; urls: string[] }
  | { status: 'missing'; message: string };

interface Named {
  sha256: string;
  mime: string;
}

async function bytesOf(blob: Named): Promise<{ bytes: ArrayBuffer; mime: string } | undefined> {
  const here = await blobOf(blob.sha256);
  if (here) return here;
  await sync.fetchBlob(blob.sha256, blob.mime);
  return blobOf(blob.sha256);
}

/** Several blobs (the parts of one recording), all or none: a player needs every part. */
export function useBlobUrls(blobs: readonly Named[]): BlobUrls {
  const [state, setState] = useState<BlobUrls>({ status: 'loading' });
  const key = blobs.map((b) => `${b.sha256}:${b.mime}`).join(',');
  useEffect(() => {
    const urls: string[] = [];
    let live = true;
    const show = async () => {
      for (const named of blobs) {
        let blob: Awaited<ReturnType<typeof bytesOf>>;
        try {
          blob = await bytesOf(named);
        } catch (error) {
          if (live)
            setState({
              status: 'missing',
              message: `Not on this device yet: it comes down with the next sync on a connection. (${error instanceof Error ? error.message : String(error)})`,
            });
          return;
        }
        if (!blob || !live) return;
        urls.push(URL.createObjectURL(new Blob([blob.bytes], { type: blob.mime })));
      }
      if (live) setState({ status: 'ready', urls: [...urls] });
    };
    setState({ status: 'loading' });
    void show();
    return () => {
      live = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [key]);
  return state;
}

export function useBlobUrl(sha256: string, mime: string): BlobUrl {
  const found = useBlobUrls([{ sha256, mime }]);
  return found.status === 'ready' ? { status: 'ready', url: found.urls[0] as string } : found;
}
