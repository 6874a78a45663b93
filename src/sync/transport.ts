// The seam in front of the network: the sync engine talks to a SyncTransport. HttpTransport is the real
// one; tests hand it the server's own request handler instead of the network (same code, no socket).
// It trusts no answer it cannot validate: a school's Wi-Fi sign-in page or web filter answers 200 with
// HTML, and that must never pass for an acknowledgement. The schemas (and zod) load with the first call.
import type {
  AccountInfo,
  ClassMembers,
  Device,
  InvitationToMe,
  Joined,
  NewInvitation,
} from '../protocol/account.ts';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../protocol/types.ts';
import { NotSyncServerError, SyncHttpError, UnreachableError, WEB_PAGE_ANSWER } from './errors.ts';

export interface SyncTransport {
  createAccount(email: string, password: string): Promise<void>;
  /** A new token for this device, which gives the server its name (Settings → Devices). */
  signIn(email: string, password: string, deviceName?: string): Promise<string>;
  signOut(token: string): Promise<void>;
  push(token: string, request: PushRequest): Promise<PushResponse>;
  pull(token: string, request: PullRequest): Promise<PullResponse>;
  /** Uploads a blob under its sha256; resolves once the server has it (stored now or before). */
  putBlob(token: string, sha256: string, mime: string, bytes: ArrayBuffer): Promise<void>;
  /** The bytes of a blob this account stored. */
  getBlob(token: string, sha256: string): Promise<ArrayBuffer>;
  account(token: string): Promise<AccountInfo>;
}

export type { AccountInfo, Device };

/** Her account itself, from Settings: its devices, its password, deleting it. */
export interface AccountAdmin {
  devices(token: string): Promise<Device[]>;
  signOutDevice(token: string, deviceId: string): Promise<void>;
  changePassword(
    token: string,
    change: { password: string; newPassword: string; signOutOthers: boolean },
  ): Promise<void>;
  deleteAccount(token: string, check: { password: string; confirm: string }): Promise<void>;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

type Schemas = typeof import('./schemas.ts');
let schemas: Promise<Schemas> | null = null;
const loadSchemas = () => {
  schemas ??= import('./schemas.ts');
  return schemas;
};

interface Check<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export class HttpTransport implements SyncTransport, AccountAdmin {
  constructor(
    readonly baseUrl: string,
    private readonly fetcher: FetchLike = (input, init) => fetch(input, init),
  ) {}

  private async call(method: string, path: string, body: unknown, token?: string): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.baseUrl.replace(/\/$/, '')}/api/v1${path}`, {
        method,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        // A captive portal redirects; the sync server never does.
        redirect: 'manual',
      });
    } catch (error) {
      throw new UnreachableError(error);
    }
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text().catch(() => '');
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
      throw new NotSyncServerError(WEB_PAGE_ANSWER);
    if (response.status === 204 && text === '') return null;
    let json: unknown;
    try {
      if (!/^application\/json\b/i.test(type)) throw new Error('not JSON');
      json = JSON.parse(text);
    } catch {
      if (/html/i.test(type) || /^\s*</.test(text)) throw new NotSyncServerError(WEB_PAGE_ANSWER);
      throw new NotSyncServerError(
        `The sync server's answer could not be read (${response.status}, ${type || 'no content type'}). Your notes are safe on this device.`,
      );
    }
    if (!response.ok) {
      const { pushRefusalSchema } = await loadSchemas();
      const refusal = pushRefusalSchema.safeParse(json);
      const said = (json as { error?: unknown } | null)?.error;
      const message = typeof said === 'string' ? said : `The sync server answered ${response.status}.`;
      const detail = refusal.success
        ? { code: refusal.data.code, index: refusal.data.index, row: refusal.data.row }
        : undefined;
      throw new SyncHttpError(response.status, message, detail);
    }
    return json;
  }

  private async checked<T>(answer: unknown, pick: (s: Schemas) => Check<T>, what: string): Promise<T> {
    const result = pick(await loadSchemas()).safeParse(answer);
    if (!result.success)
      throw new NotSyncServerError(
        `The answer to ${what} is not one the sync server gives: nothing from it was used. A Wi-Fi sign-in page or a filter may be in the way.`,
      );
    return result.data;
  }

  async createAccount(email: string, password: string): Promise<void> {
    await this.call('POST', '/accounts', { email, password });
  }

  async signIn(email: string, password: string, deviceName?: string): Promise<string> {
    const answer = await this.call('POST', '/sessions', {
      email,
      password,
      ...(deviceName ? { deviceName } : {}),
    });
    return (await this.checked(answer, (s) => s.sessionResponseSchema, 'the sign-in')).token;
  }

  async signOut(token: string): Promise<void> {
    await this.call('DELETE', '/sessions', undefined, token);
  }

  /**
   * Pushes a batch. The answer must acknowledge exactly this batch (its count and its last stamp):
   * anything else is an error, and the caller keeps the batch in the outbox.
   */
  async push(token: string, request: PushRequest): Promise<PushResponse> {
    const answer = await this.call('POST', '/sync/push', request, token);
    const ack = await this.checked(answer, (s) => s.pushResponseSchema, 'a push');
    if (ack.stored !== request.changes.length || ack.last !== (request.changes.at(-1)?.hlc ?? null))
      throw new NotSyncServerError(
        'The sync server did not confirm the notes just sent; they stay on this device and go with the next sync.',
      );
    return ack;
  }

  private async raw(method: string, path: string, token: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetcher(`${this.baseUrl.replace(/\/$/, '')}/api/v1${path}`, {
        ...init,
        method,
        headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
        redirect: 'manual',
      });
    } catch (error) {
      throw new UnreachableError(error);
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
      throw new NotSyncServerError(WEB_PAGE_ANSWER);
    return response;
  }

  private async refusal(response: Response): Promise<never> {
    const text = await response.text().catch(() => '');
    let said: unknown;
    try {
      said = (JSON.parse(text) as { error?: unknown }).error;
    } catch {
      if (/^\s*</.test(text)) throw new NotSyncServerError(WEB_PAGE_ANSWER);
    }
    throw new SyncHttpError(
      response.status,
      typeof said === 'string' ? said : `The sync server answered ${response.status}.`,
    );
  }

  async putBlob(token: string, sha256: string, mime: string, bytes: ArrayBuffer): Promise<void> {
    const response = await this.raw('PUT', `/blobs/${sha256}`, token, {
      headers: { 'content-type': mime },
      body: bytes,
    });
    if (response.status !== 201 && response.status !== 200) return this.refusal(response);
    // The answer names the blob: a portal's page does not.
    const answer = (await response.json().catch(() => null)) as { sha256?: unknown } | null;
    if (answer?.sha256 !== sha256)
      throw new NotSyncServerError(
        'The sync server did not confirm the file just sent; it stays on this device.',
      );
  }

  async getBlob(token: string, sha256: string): Promise<ArrayBuffer> {
    const response = await this.raw('GET', `/blobs/${sha256}`, token);
    if (response.status !== 200) return this.refusal(response);
    return response.arrayBuffer();
  }

  async devices(token: string): Promise<Device[]> {
    const answer = await this.call('GET', '/devices', undefined, token);
    return (await this.checked(answer, (s) => s.devicesResponseSchema, 'the list of devices')).devices;
  }

  async signOutDevice(token: string, deviceId: string): Promise<void> {
    await this.call('DELETE', `/devices/${encodeURIComponent(deviceId)}`, undefined, token);
  }

  async changePassword(
    token: string,
    change: { password: string; newPassword: string; signOutOthers: boolean },
  ): Promise<void> {
    await this.call('POST', '/account/password', change, token);
  }

  async deleteAccount(token: string, check: { password: string; confirm: string }): Promise<void> {
    await this.call('DELETE', '/account', check, token);
  }

  async account(token: string): Promise<AccountInfo> {
    const answer = await this.call('GET', '/account', undefined, token);
    return this.checked(answer, (s) => s.accountResponseSchema, 'the account');
  }

  /** A class she owns: who shares it and who is invited. */
  async members(token: string, classId: string): Promise<ClassMembers> {
    const answer = await this.call(
      'GET',
      `/classes/${encodeURIComponent(classId)}/members`,
      undefined,
      token,
    );
    return this.checked(answer, (s) => s.membersResponseSchema, 'the class’s members');
  }

  /** A new invitation and its one-time code (email '' names no one: the code alone decides). */
  async invite(
    token: string,
    classId: string,
    email: string,
    role: 'coteacher' | 'coach',
  ): Promise<NewInvitation> {
    const answer = await this.call(
      'POST',
      `/classes/${encodeURIComponent(classId)}/members`,
      { email, role },
      token,
    );
    return this.checked(answer, (s) => s.newInvitationSchema, 'the invitation');
  }

  /** Removes a member (her own account id: she leaves the class). */
  async removeMember(token: string, classId: string, accountId: string): Promise<void> {
    const path = `/classes/${encodeURIComponent(classId)}/members/${encodeURIComponent(accountId)}`;
    await this.call('DELETE', path, undefined, token);
  }

  async cancelInvitation(token: string, classId: string, id: string): Promise<void> {
    const path = `/classes/${encodeURIComponent(classId)}/invitations/${encodeURIComponent(id)}`;
    await this.call('DELETE', path, undefined, token);
  }

  async invitations(token: string): Promise<InvitationToMe[]> {
    const answer = await this.call('GET', '/invitations', undefined, token);
    return (await this.checked(answer, (s) => s.invitationsReadSchema, 'the invitations')).invitations;
  }

  /** Joins the class the owner's one-time code opens. */
  async acceptInvitation(token: string, code: string): Promise<Joined> {
    const answer = await this.call('POST', '/invitations/accept', { code }, token);
    return this.checked(answer, (s) => s.joinedSchema, 'the class joined');
  }

  async declineInvitation(token: string, id: string): Promise<void> {
    await this.call('DELETE', `/invitations/${encodeURIComponent(id)}`, undefined, token);
  }

  async setName(token: string, name: string): Promise<void> {
    await this.call('PUT', '/account/name', { name }, token);
  }

  async pull(token: string, request: PullRequest): Promise<PullResponse> {
    const answer = await this.call('POST', '/sync/pull', request, token);
    return this.checked(answer, (s) => s.pullResponseSchema, 'a pull');
  }
}

export { NotSyncServerError, SyncHttpError, UnreachableError, WEB_PAGE_ANSWER } from './errors.ts';
