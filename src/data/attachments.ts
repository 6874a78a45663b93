// Recordings and photos on this device: their bytes as content-addressed blobs (ArrayBuffer, never Blob:
// Safari has failed Blob writes to IndexedDB), the pieces of a recording in progress, and the attachment
// records (metadata only) that sync. Offline this is everything: the bytes reach the sync server later,
// and come down to another device when it opens the conference.
import { partBytes, partsOf } from './recordingParts.ts';
import type { AttachmentInput, AttachmentRecord, BlobRow, RecordingChunk } from './records.ts';
import { appStore, type Store } from './store.ts';
import { mutate, read } from './write.ts';

/** The hex sha256 of some bytes: a blob's name everywhere. */
export async function sha256Of(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Keeps bytes on this device under their hash; the same bytes twice are kept once. */
export async function keepBlob(
  bytes: ArrayBuffer,
  mime: string,
  options: { uploaded?: boolean; expect?: string } = {},
  store: Store = appStore(),
): Promise<string> {
  const sha256 = await sha256Of(bytes);
  if (options.expect && options.expect !== sha256)
    throw new Error('The file that arrived is not the one asked for (its hash differs); it was not kept.');
  await read(store, async () => {
    const known = await store.db.blobs.get(sha256);
    if (!known)
      await store.db.blobs.put({
        sha256,
        mime,
        bytes,
        size: bytes.byteLength,
        uploaded: options.uploaded ? 1 : 0,
      });
    else if (options.uploaded && known.uploaded === 0) await store.db.blobs.update(sha256, { uploaded: 1 });
  });
  return sha256;
}

export function blobOf(sha256: string, store: Store = appStore()): Promise<BlobRow | undefined> {
  return read(store, () => store.db.blobs.get(sha256));
}

export function markUploaded(sha256: string, store: Store = appStore()): Promise<void> {
  return read(store, async () => {
    await store.db.blobs.update(sha256, { uploaded: 1 });
  });
}

/** How much room recordings and photos take on this device. */
export function blobBytesOnDevice(store: Store = appStore()): Promise<number> {
  return read(store, async () => {
    let total = 0;
    await store.db.blobs.each((b) => {
      total += b.size;
    });
    return total;
  });
}

/** A conference's recordings and photos (not deleted), oldest first. */
export function attachmentsOf(conferenceId: string, store: Store = appStore()): Promise<AttachmentRecord[]> {
  return read(store, async () =>
    (await store.db.attachments.where('conferenceId').equals(conferenceId).toArray()).filter(
      (a) => a.deleted === 0,
    ),
  );
}

/** Attachments whose bytes are not on this device yet, for the given conferences. */
export function missingBlobs(
  conferenceIds: readonly string[],
  store: Store = appStore(),
): Promise<AttachmentRecord[]> {
  return read(store, async () => {
    const found = await store.db.attachments
      .where('conferenceId')
      .anyOf([...conferenceIds])
      .toArray();
    const live = found.filter((a) => a.deleted === 0);
    const have = await store.db.blobs.bulkGet(live.map((a) => a.sha256));
    return live.filter((_, i) => !have[i]);
  });
}

/** One piece of a recording in progress, written as it is recorded. */
export function saveRecordingChunk(
  chunk: Omit<RecordingChunk, 'seq'>,
  store: Store = appStore(),
): Promise<void> {
  return read(store, async () => {
    await store.db.recordings.add(chunk);
  });
}

export interface KeptRecording {
  mime: string;
  /** All its parts together. */
  durationMs: number;
  size: number;
  /** How many parts: *Continue recording* adds one each time. */
  parts: number;
}

function keptChunks(draftKey: string, store: Store) {
  return read(store, () => store.db.recordings.where('draftKey').equals(draftKey).sortBy('seq'));
}

/** The recording kept for an unsaved note, if any: what the sheet says when she comes back. */
export async function keptRecording(
  draftKey: string,
  store: Store = appStore(),
): Promise<KeptRecording | null> {
  const parts = partsOf(await keptChunks(draftKey, store));
  const last = parts.at(-1);
  if (!last) return null;
  return {
    mime: last.mime,
    durationMs: parts.reduce((n, p) => n + p.durationMs, 0),
    size: parts.reduce((n, p) => n + p.size, 0),
    parts: parts.length,
  };
}

/** The kept parts as files, in order: to listen to on the sheet before Save. */
export async function keptRecordingFiles(
  draftKey: string,
  store: Store = appStore(),
): Promise<{ mime: string; bytes: ArrayBuffer; durationMs: number }[]> {
  return partsOf(await keptChunks(draftKey, store)).map((part) => ({
    mime: part.mime,
    bytes: partBytes(part),
    durationMs: part.durationMs,
  }));
}

/**
 * Makes each part of a recording one blob kept on this device and returns the attachments to save with
 * the conference, in the order they were recorded (see recordingParts.ts for why parts stay apart). The
 * pieces stay until the conference is saved (logConference removes them in its transaction): killed in
 * between, the next save makes the same blobs again.
 */
export async function finishRecording(
  draftKey: string,
  store: Store = appStore(),
): Promise<AttachmentInput[]> {
  const made: AttachmentInput[] = [];
  for (const part of partsOf(await keptChunks(draftKey, store))) {
    const sha256 = await keepBlob(partBytes(part), part.mime, {}, store);
    made.push({
      kind: 'audio',
      mime: part.mime,
      size: part.size,
      sha256,
      durationMs: part.durationMs,
      width: null,
      height: null,
    });
  }
  return made;
}

export function discardRecording(draftKey: string, store: Store = appStore()): Promise<void> {
  return read(store, async () => {
    await store.db.recordings.where('draftKey').equals(draftKey).delete();
  });
}

/** Adds a recording or photo to a saved conference (a photo added when she edits it). */
export async function addAttachment(conferenceId: string, input: AttachmentInput, store: Store = appStore()) {
  return mutate(store, ['attachments'], (write) =>
    write.create('attachments', { ...input, conferenceId, deleted: 0 }),
  );
}

/** Deletes one photo or recording (a tombstone that syncs); its bytes stay until nothing names them. */
export async function removeAttachment(id: string, store: Store = appStore()): Promise<void> {
  await mutate(store, ['attachments'], (write) => write.remove('attachments', id));
}

/** Attachments of conferences since a moment (ISO) whose bytes are not on this device yet. */
export async function missingBlobsSince(
  since: string,
  store: Store = appStore(),
): Promise<AttachmentRecord[]> {
  const recent = await read(store, () => store.db.conferences.where('at').aboveOrEqual(since).primaryKeys());
  return missingBlobs(recent as string[], store);
}

/** The recordings and photos of several conferences, by conference (the student's timeline). */
export function attachmentsByConference(
  conferenceIds: readonly string[],
  store: Store = appStore(),
): Promise<Map<string, AttachmentRecord[]>> {
  return read(store, async () => {
    const found = await store.db.attachments
      .where('conferenceId')
      .anyOf([...conferenceIds])
      .toArray();
    const by = new Map<string, AttachmentRecord[]>();
    for (const a of found)
      if (a.deleted === 0) by.set(a.conferenceId, [...(by.get(a.conferenceId) ?? []), a]);
    return by;
  });
}
