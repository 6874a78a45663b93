// What can go wrong talking to the sync server, as classes the scheduler tells apart (and words for
// the teacher). Apart from the transport, so the app shell need not load the transport to know them.
import type { PushRefusal } from '../protocol/types.ts';

export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** For a refused push: the server's reason code and the index of the change at fault. */
    readonly refusal?: Omit<PushRefusal, 'error'>,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** No connection to the server (offline, server down, DNS): try again later, nothing is lost. */
export class UnreachableError extends Error {
  constructor(cause: unknown) {
    super('The sync server cannot be reached.', { cause });
    this.name = 'UnreachableError';
  }
}

/** Something answered that is not the sync server, or the server's answer is not what was asked for. */
export class NotSyncServerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotSyncServerError';
  }
}

export const WEB_PAGE_ANSWER =
  'The network answered with a web page, not the sync server — a Wi-Fi sign-in page? Your notes are safe on this device.';
