// Where blob bytes live: files under DATA_DIR/blobs with the embedded server, or PostgreSQL's blob_data
// table when several processes share one database. Both take a temporary file that has already been
// hashed and checked, so a cut upload never leaves anything half-stored.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface ByteRange {
  start: number;
  /** Inclusive. */
  end: number;
}

export interface BlobStore {
  /** A folder for uploads in progress, on the same disk as the blobs (so keeping one is a rename). */
  readonly uploadDir: string;
  has(sha256: string): Promise<boolean>;
  /** Takes a verified upload: the file is moved into place or read into the database, then removed. */
  keep(sha256: string, upload: string): Promise<void>;
  /** The bytes, or a range of them, as a web stream. */
  read(sha256: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  /** Removes the bytes (gone already is fine). */
  remove(sha256: string): Promise<void>;
}

export class FileBlobStore implements BlobStore {
  readonly uploadDir: string;
  constructor(private readonly dir: string) {
    this.uploadDir = join(dir, 'uploads');
  }

  private pathOf(sha256: string): string {
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  async keep(sha256: string, upload: string): Promise<void> {
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    // rename is atomic on one disk: a reader sees no file or the whole file.
    await rename(upload, this.pathOf(sha256));
  }

  async read(sha256: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    const stream = createReadStream(this.pathOf(sha256), range ? { start: range.start, end: range.end } : {});
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}

export class PostgresBlobStore implements BlobStore {
  readonly uploadDir = join(tmpdir(), 'clipboard-uploads');
  constructor(private readonly db: Kysely<Database>) {}

  async has(sha256: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('blob_data')
      .select('sha256')
      .where('sha256', '=', sha256)
      .executeTakeFirst();
    return row !== undefined;
  }

  async keep(sha256: string, upload: string): Promise<void> {
    const data = await readFile(upload);
    await this.db
      .insertInto('blob_data')
      .values({ sha256, data })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();
    await rm(upload, { force: true });
  }

  async read(sha256: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>> {
    const row = await this.db
      .selectFrom('blob_data')
      .select('data')
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    const bytes = range ? row.data.subarray(range.start, range.end + 1) : row.data;
    return Readable.toWeb(Readable.from([bytes])) as ReadableStream<Uint8Array>;
  }

  async remove(sha256: string): Promise<void> {
    await this.db.deleteFrom('blob_data').where('sha256', '=', sha256).execute();
  }
}
