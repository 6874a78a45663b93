// The errors the sync service answers with; the routes map them to HTTP statuses.

export class ServiceError extends Error {
  constructor(
    readonly status: 400 | 401 | 409 | 429,
    message: string,
  ) {
    super(message);
  }
}
