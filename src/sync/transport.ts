// The seam in front of the network: the sync engine talks to a SyncTransport. HttpTransport is the real
// one; tests hand it the server's own request handler instead of the network (same code, no socket).
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../protocol/types.ts';

export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
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

export interface SyncTransport {
  createAccount(email: string, password: string): Promise<void>;
  signIn(email: string, password: string): Promise<string>;
  signOut(token: string): Promise<void>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export class HttpTransport implements SyncTransport {
  constructor(
    readonly baseUrl: string,
    private readonly fetcher: FetchLike = (input, init) => fetch(input, init),
  ) {}

  private async call<T>(method: string, path: string, body: unknown, token?: string): Promise<T> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.baseUrl.replace(/\/$/, '')}/api/v1${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new UnreachableError(error);
    }
    const text = await response.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!response.ok) {
      const message =
        (json as { error?: string } | null)?.error ?? `The sync server answered ${response.status}.`;
      throw new SyncHttpError(response.status, message);
    }
    return json as T;
  }

  async createAccount(email: string, password: string): Promise<void> {
    await this.call('POST', '/accounts', { email, password });
  }

  async signIn(email: string, password: string): Promise<string> {
    return (await this.call<{ token: string }>('POST', '/sessions', { email, password })).token;
  }

  async signOut(token: string): Promise<void> {
    await this.call('DELETE', '/sessions', undefined, token);
  }

  push(token: string, request: PushRequest): Promise<PushResponse> {
    return this.call('POST', '/sync/push', request, token);
  }

  pull(token: string, request: PullRequest): Promise<PullResponse> {
    return this.call('POST', '/sync/pull', request, token);
  }
}
