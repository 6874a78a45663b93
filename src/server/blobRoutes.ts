// /api/v1/blobs and /api/v1/account: thin routes over the BlobService. Bytes travel raw (not JSON), with
// their Content-Type; reads answer Range requests so a long recording can be scrubbed.
import type { Context, Hono } from 'hono';
import type { BlobService } from './blobService.ts';
import type { ByteRange } from './blobStore.ts';
import { ServiceError } from './errors.ts';
import { bearer } from './requests.ts';
import type { SyncService } from './syncService.ts';

/** The one range of a `Range: bytes=…` header, or null for the whole file; 416 when it cannot be met. */
export function parseRange(header: string | undefined, size: number): ByteRange | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  const unsatisfiable = () => {
    throw new ServiceError(416, `That range is not within the file's ${size} bytes.`);
  };
  if (!match || (match[1] === '' && match[2] === '')) return unsatisfiable();
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return unsatisfiable();
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return unsatisfiable();
  return { start, end };
}

export function mountBlobs(app: Hono, service: SyncService, blobs: BlobService): void {
  app.put('/api/v1/blobs/:sha256', async (c) => {
    const account = await service.authenticate(bearer(c));
    const length = c.req.header('content-length');
    const mime =
      (c.req.header('content-type') ?? 'application/octet-stream').split(';')[0]?.trim() ||
      'application/octet-stream';
    const status = await blobs.put(
      account,
      c.req.param('sha256'),
      mime.slice(0, 128),
      c.req.raw.body,
      length ? Number(length) : null,
    );
    return c.json({ sha256: c.req.param('sha256') }, status);
  });

  const read = async (c: Context, withBody: boolean) => {
    const account = await service.authenticate(bearer(c));
    const sha256 = c.req.param('sha256') as string;
    const info = await blobs.readable(account, sha256);
    // A blob no class of hers names is not revealed, even to someone who knows its hash.
    if (!info) throw new ServiceError(404, 'No such file for this account.');
    let range: ByteRange | null;
    try {
      range = parseRange(c.req.header('range'), info.size);
    } catch (error) {
      c.header('Content-Range', `bytes */${info.size}`);
      throw error;
    }
    const headers: Record<string, string> = {
      'Content-Type': info.mime,
      'Accept-Ranges': 'bytes',
      'Content-Length': String(range ? range.end - range.start + 1 : info.size),
      // Content-addressed: the bytes under a name never change.
      'Cache-Control': 'private, max-age=31536000, immutable',
    };
    if (range) headers['Content-Range'] = `bytes ${range.start}-${range.end}/${info.size}`;
    const status = range ? 206 : 200;
    if (!withBody) return new Response(null, { status, headers });
    return new Response(await blobs.read(sha256, range ?? undefined), { status, headers });
  };
  app.on('HEAD', '/api/v1/blobs/:sha256', (c) => read(c, false));
  app.get('/api/v1/blobs/:sha256', (c) => read(c, true));

  app.get('/api/v1/account', async (c) => {
    const account = await service.authenticate(bearer(c));
    return c.json({
      email: await service.emailOf(account),
      name: await service.sharing.nameOf(account),
      blobBytes: await blobs.usage(account),
      blobQuota: blobs.limits.quotaBytes,
    });
  });
}
