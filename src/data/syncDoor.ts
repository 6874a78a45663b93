// The sync machinery's door into the data layer (src/sync reaches the data layer through this file and
// data/index.ts, nothing else): what it sends (the outbox's batches, their acknowledgement, the cursor),
// how it applies what it pulls, how it sets aside a change the server refused, where shared classes place
// their records, and the blobs it uploads and fetches. No screen imports it.
export { type ApplyResult, applyRemoteChanges } from './apply.ts';
export { blobOf, keepBlob, markUploaded, missingBlobs, missingBlobsSince } from './attachments.ts';
export { acknowledge, outboxBatch, syncCursor } from './outbox.ts';
export { park } from './parking.ts';
export { placingChanges } from './sharedClassList.ts';
