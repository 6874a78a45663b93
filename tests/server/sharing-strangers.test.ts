// What a stranger can put in front of a teacher, over real HTTP on a real SQLite file and a real
// PostgreSQL. Anyone may address an invitation to any email: the answers that list and join them must
// still be ones the app reads (src/protocol/account.ts), or one stranger's class name hides every genuine
// invitation from her. And a NUL in an id of a sharing or device call is refused in words, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationsResponseSchema, joinedSchema } from '../../src/protocol/account.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, call, KINDS, startTestServer } from './servers.ts';
import { klass, push } from './sharingHelpers.ts';

describe.each(KINDS)('what a stranger puts in front of a teacher on %s', (kind) => {
  let server: RunningServer;
  let url: string;
  const tokens: Record<string, string> = {};
  const email = (who: string) => `${who}-strangers-${kind}@school.org`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    url = server.url;
    for (const who of ['owner', 'teacher', 'stranger']) tokens[who] = await account(url, email(who));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a stranger’s class with a very long name hides no genuine invitation, and joining it reads in the app', async () => {
    const owner = tokens.owner as string;
    const stranger = tokens.stranger as string;
    expect((await push(url, owner, klass('room6', 'Room 6'))).status).toBe(200);
    const genuine = await call(
      url,
      '/api/v1/classes/room6/members',
      { email: email('teacher'), role: 'coteacher' },
      owner,
    );
    expect(genuine.status).toBe(201);
    // A class name is any text a field may hold; the stranger's is a thousand characters long.
    const long = 'Your account will be closed: sign in again at the link in your email. '.repeat(15);
    expect((await push(url, stranger, klass('lure', long))).status).toBe(200);
    const lure = await call(
      url,
      '/api/v1/classes/lure/members',
      { email: email('teacher'), role: 'coach' },
      stranger,
    );
    expect(lure.status).toBe(201);

    const waiting = await call(url, '/api/v1/invitations', undefined, tokens.teacher, 'GET');
    expect(waiting.status).toBe(200);
    const read = invitationsResponseSchema.safeParse(waiting.json);
    expect(read.success, 'the app reads the list of invitations waiting for her').toBe(true);
    expect(read.data?.invitations.map((i) => i.classId)).toContain('room6');

    const joined = await call(url, '/api/v1/invitations/accept', { code: lure.json.code }, tokens.teacher);
    expect(joined.status).toBe(200);
    expect(joinedSchema.safeParse(joined.json).success, 'the app reads the class she joined').toBe(true);
  });

  it('a NUL in a class, invitation or device id, or in a sign-in email: refused in words, never a 500', async () => {
    const token = tokens.stranger as string;
    const attempts: [string, string, unknown, string | undefined][] = [
      ['GET', '/api/v1/classes/%00/members', undefined, token],
      ['POST', '/api/v1/classes/%00/members', { email: '', role: 'coach' }, token],
      ['DELETE', '/api/v1/classes/%00/members/%00', undefined, token],
      ['DELETE', '/api/v1/classes/%00/invitations/%00', undefined, token],
      ['DELETE', '/api/v1/invitations/%00', undefined, token],
      ['DELETE', '/api/v1/devices/%00', undefined, token],
      ['POST', '/api/v1/sessions', { email: 'ana\u0000@school.org', password: 'anything at all' }, undefined],
    ];
    for (const [method, path, body, bearer] of attempts) {
      const answer = await call(url, path, body, bearer, method);
      expect(answer.status, `${method} ${path}`).toBeLessThan(500);
      if (answer.status >= 400) expect(typeof answer.json.error).toBe('string');
    }
  });
});
