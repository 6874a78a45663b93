// The errors the sync service answers with; the routes map them to HTTP statuses.
import type { PushRefusal } from '../protocol/types.ts';

export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 416 | 429 | 503 | 507,
    message: string,
    /** For a refused push: why, and which change (the client sets that one aside and sends the rest). */
    readonly refusal?: Omit<PushRefusal, 'error'>,
  ) {
    super(message);
  }
}
