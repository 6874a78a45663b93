// Recordings and photos, outside the change stream: content-addressed blobs, scoped per account. A blob
// is stored once per server (by its sha256) and revealed only to the accounts that uploaded it; its size
// counts against each such account's quota. An upload is streamed to a temporary file while it is hashed
// and counted, and kept only when the bytes hash to the name: all or nothing.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import type { BlobStore, ByteRange } from './blobStore.ts';
import { ServiceError } from './errors.ts';
import type { Database } from './schema.ts';

export interface BlobLimits {
  /** One file. */
  maxBytes: number;
  /** All of one account's files. */
  quotaBytes: number;
}

export const DEFAULT_BLOB_LIMITS: BlobLimits = { maxBytes: 100 * 1024 * 1024, quotaBytes: 5 * 1024 ** 3 };

const SHA256 = /^[0-9a-f]{64}$/;

function megabytes(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1)} GB` : `${Math.ceil(bytes / 1024 ** 2)} MB`;
}

export interface BlobInfo {
  mime: string;
  size: number;
}

export class BlobService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: BlobStore,
    readonly limits: BlobLimits = DEFAULT_BLOB_LIMITS,
  ) {}

  checkName(sha256: string): void {
    if (!SHA256.test(sha256))
      throw new ServiceError(400, 'A blob is named by its sha256: 64 lowercase hex digits.');
  }

  /** After an account is deleted: removes the bytes of its files that no other account holds. */
  async forget(sha256s: readonly string[]): Promise<void> {
    for (const sha256 of sha256s) {
      const held = await this.db
        .selectFrom('blobs')
        .select('account_id')
        .where('sha256', '=', sha256)
        .executeTakeFirst();
      if (!held) await this.store.remove(sha256);
    }
  }

  /** Bytes stored by this account. */
  async usage(accountId: string): Promise<number> {
    const row = await this.db
      .selectFrom('blobs')
      .select(sql<number>`coalesce(sum(size), 0)`.as('used'))
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    return Number(row?.used ?? 0);
  }

  /** What this account stored under that name, or null: another account's blob is not revealed. */
  async info(accountId: string, sha256: string): Promise<BlobInfo | null> {
    this.checkName(sha256);
    const row = await this.db
      .selectFrom('blobs')
      .select(['mime', 'size'])
      .where('account_id', '=', accountId)
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return row ? { mime: row.mime, size: Number(row.size) } : null;
  }

  /**
   * What she may read under that name: her own upload, or the recording or photo of a record in a class
   * she may read, when that record's hash was written by an account that had uploaded those bytes. Knowing
   * a hash grants nothing: a record a stranger or a removed member writes naming it serves no bytes to her,
   * since she never uploaded them; nor does a record deleted since. Anything else is not revealed.
   */
  async readable(accountId: string, sha256: string): Promise<BlobInfo | null> {
    const own = await this.info(accountId, sha256);
    if (own) return own;
    const reachable = await this.db
      .selectFrom('attachment_writers as w')
      .innerJoin('blobs as b', (join) =>
        join.onRef('b.account_id', '=', 'w.account_id').onRef('b.sha256', '=', 'w.sha256'),
      )
      .innerJoin('row_homes as h', (join) =>
        join.on('h.tbl', '=', 'attachments').onRef('h.row_id', '=', 'w.row_id'),
      )
      .innerJoin('fields as f', (join) =>
        join
          .onRef('f.space_id', '=', 'h.space_id')
          .on('f.tbl', '=', 'attachments')
          .onRef('f.row_id', '=', 'w.row_id')
          .on('f.field', '=', 'sha256'),
      )
      // A recording or photo deleted from its conference is no longer anyone's to hear but its uploader's.
      .innerJoin('fields as d', (join) =>
        join
          .onRef('d.space_id', '=', 'h.space_id')
          .on('d.tbl', '=', 'attachments')
          .onRef('d.row_id', '=', 'w.row_id')
          .on('d.field', '=', 'deleted')
          .on('d.value', '=', '0'),
      )
      .select(['b.mime', 'b.size'])
      .where('w.sha256', '=', sha256)
      .where('f.value', '=', JSON.stringify(sha256))
      .where('h.space_id', 'in', (eb) =>
        eb
          .selectFrom('spaces')
          .select('id')
          .where('owner_id', '=', accountId)
          .union(eb.selectFrom('members').select('space_id as id').where('account_id', '=', accountId)),
      )
      .executeTakeFirst();
    return reachable ? { mime: reachable.mime, size: Number(reachable.size) } : null;
  }

  private async checkQuota(accountId: string, adding: number): Promise<void> {
    const used = await this.usage(accountId);
    if (used + adding > this.limits.quotaBytes)
      throw new ServiceError(
        507,
        `Your recordings and photos on the server use ${megabytes(used)} of ${megabytes(this.limits.quotaBytes)}; this file (${megabytes(adding)}) does not fit. Nothing was stored.`,
      );
  }

  /**
   * Stores a blob for an account: 201 when stored now, 200 when this account had it already. Refuses a
   * name that is not a sha256 or that the bytes do not hash to (400), a file over the limit (413), and a
   * file past the account's quota (507); in every refusal nothing is stored.
   */
  async put(
    accountId: string,
    sha256: string,
    mime: string,
    body: ReadableStream<Uint8Array> | null,
    declaredBytes: number | null,
  ): Promise<201 | 200> {
    this.checkName(sha256);
    // An early answer still reads what the client sends (up to a bound), or it sees a closed socket
    // instead of the answer.
    if (declaredBytes !== null && declaredBytes > this.limits.maxBytes) {
      await this.discard(body);
      this.tooLarge();
    }
    if (await this.info(accountId, sha256)) {
      await this.discard(body);
      return 200;
    }
    await this.checkQuota(accountId, declaredBytes ?? 0).catch(async (error: unknown) => {
      await this.discard(body);
      throw error;
    });
    if (!body) throw new ServiceError(400, 'The request has no bytes. Nothing was stored.');
    await mkdir(this.store.uploadDir, { recursive: true });
    const upload = join(this.store.uploadDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    let size = 0;
    const limit = this.limits.maxBytes;
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > limit) return done(new ServiceError(413, 'too large'));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(
        Readable.fromWeb(body as import('node:stream/web').ReadableStream),
        counting,
        createWriteStream(upload),
      );
      if (hash.digest('hex') !== sha256)
        throw new ServiceError(
          400,
          'The bytes do not hash to the name they were sent under. Nothing was stored.',
        );
      await this.checkQuota(accountId, size);
      if (await this.store.has(sha256)) await rm(upload, { force: true });
      else await this.store.keep(sha256, upload);
      await this.db
        .insertInto('blobs')
        .values({ account_id: accountId, sha256, mime, size, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['account_id', 'sha256']).doNothing())
        .execute();
      return 201;
    } catch (error) {
      await rm(upload, { force: true });
      if (error instanceof ServiceError && error.status === 413) {
        await this.discard(body);
        this.tooLarge();
      }
      if (error instanceof ServiceError) throw error;
      // The client went away mid-upload (a cut connection): nothing was kept.
      throw new ServiceError(
        400,
        'The upload was cut off before the end. Nothing was stored; send it again.',
      );
    }
  }

  /** Reads and drops the rest of a body, at most twice the file limit. */
  private async discard(body: ReadableStream<Uint8Array> | null): Promise<void> {
    if (!body) return;
    let seen = 0;
    try {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        seen += value.length;
        if (seen > 2 * this.limits.maxBytes) return void (await reader.cancel());
      }
    } catch {
      // Already read, or the client went away: nothing to drop.
    }
  }

  private tooLarge(): never {
    throw new ServiceError(
      413,
      `The file is larger than ${megabytes(this.limits.maxBytes)}. Nothing was stored.`,
    );
  }

  read(sha256: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    return this.store.read(sha256, range);
  }
}
