// The sharing calls under hostile input, over real HTTP on SQLite and PostgreSQL: clear refusals (4xx with
// words), nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, call, KINDS, startTestServer } from './servers.ts';
import { klass, push } from './sharingHelpers.ts';

describe.each(KINDS)('sharing calls under hostile input on %s', (kind) => {
  let server: RunningServer;
  let url: string;
  const tokens = { owner: '', co: '' };
  const email = (who: string) => `${who}-limits-${kind}@school.org`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    url = server.url;
    tokens.owner = await account(url, email('owner'));
    tokens.co = await account(url, email('co'));
    expect((await push(url, tokens.owner, klass('room12', 'Room 12'))).status).toBe(200);
    const invited = await call(
      url,
      '/api/v1/classes/room12/members',
      { email: email('co'), role: 'coteacher' },
      tokens.owner,
    );
    expect(
      (await call(url, '/api/v1/invitations/accept', { code: invited.json.code }, tokens.co)).status,
    ).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('hostile input to the sharing calls: clear refusals, nothing changed', async () => {
    const before = await call(url, '/api/v1/classes/room12/members', undefined, tokens.owner, 'GET');
    const attempts: [string, string, unknown, string | undefined][] = [
      ['POST', '/api/v1/classes/room12/members', { email: email('co'), role: 'coteacher' }, undefined],
      ['GET', '/api/v1/invitations', undefined, 'not-a-token'],
      [
        'POST',
        `/api/v1/classes/${'x'.repeat(5000)}/members`,
        { email: 'a@b.org', role: 'coach' },
        tokens.owner,
      ],
      [
        'POST',
        '/api/v1/classes/room12/members',
        { email: `${'a'.repeat(400)}@b.org`, role: 'coach' },
        tokens.owner,
      ],
      ['POST', '/api/v1/classes/room12/members', '{"email": ', tokens.owner],
      ['POST', '/api/v1/classes/room12/members', { email: ['a@b.org'], role: 'coach' }, tokens.owner],
      ['PUT', '/api/v1/account/name', { name: 'x'.repeat(81) }, tokens.owner],
      ['PUT', '/api/v1/account/name', { name: 42 }, tokens.owner],
      ['POST', '/api/v1/invitations/accept', { code: "' OR 1=1 --" }, tokens.co],
      ['POST', '/api/v1/invitations/accept', { code: 'x'.repeat(5000) }, tokens.co],
      ['POST', '/api/v1/invitations/accept', { code: 42 }, tokens.co],
      [
        'DELETE',
        `/api/v1/classes/room12/members/${encodeURIComponent("' OR '1'='1")}`,
        undefined,
        tokens.owner,
      ],
    ];
    for (const [method, path, requestBody, token] of attempts) {
      const answer = await call(url, path, requestBody, token, method);
      expect(answer.status, `${method} ${path.slice(0, 60)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(typeof answer.json.error).toBe('string');
    }
    expect(await call(url, '/api/v1/classes/room12/members', undefined, tokens.owner, 'GET')).toEqual(before);
    // A name with control characters is kept printable.
    expect(
      (await call(url, '/api/v1/account/name', { name: 'Ms.\u0000 Rivera\u200b' }, tokens.owner, 'PUT'))
        .status,
    ).toBe(204);
    expect((await call(url, '/api/v1/account', undefined, tokens.owner, 'GET')).json.name).toBe('Ms. Rivera');
  });
});
