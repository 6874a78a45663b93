// Invitation codes sent at once, as a script sends them, over real HTTP on a real SQLite file and a real
// PostgreSQL: a one-time code opens one membership however many accounts enter it together, five wrong
// codes lock an invitation however fast they come, and an account that enters more than 20 codes that open
// nothing in an hour waits, even when it sends them all in one go (docs/http.md, Sharing a class). And a
// record moved out of a shared class while a co-teacher edits it leaves nothing of it behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, call, KINDS, startTestServer } from './servers.ts';
import { conference, klass, pullAll, push, record } from './sharingHelpers.ts';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const statuses = (answers: { status: number }[]) => answers.map((a) => a.status).sort();

describe.each(KINDS)('invitation codes sent at once on %s', (kind) => {
  let server: RunningServer;
  let url: string;
  let owner = '';
  const email = (who: string) => `${who}-at-once-${kind}@school.org`;
  const invite = async () =>
    (await call(url, '/api/v1/classes/room5/members', { email: '', role: 'coteacher' }, owner)).json
      .code as string;
  const accept = (code: string, token: string) => call(url, '/api/v1/invitations/accept', { code }, token);
  const accounts = (prefix: string, n: number) =>
    Promise.all(Array.from({ length: n }, (_, i) => account(url, email(`${prefix}${i}`))));

  beforeAll(async () => {
    server = await startTestServer(kind);
    url = server.url;
    owner = await account(url, email('owner'));
    expect((await push(url, owner, klass('room5', 'Room 5'))).status).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a one-time code entered by eight accounts at once makes one member', async () => {
    const code = await invite();
    const teachers = await accounts('many', 8);
    const answers = await Promise.all(teachers.map((token) => accept(code, token)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    const listed = await call(url, '/api/v1/classes/room5/members', undefined, owner, 'GET');
    expect(listed.json.members).toHaveLength(1);
  });

  it('five wrong codes lock an invitation, even when twenty arrive at once', async () => {
    const code = await invite();
    const handle = code.slice(0, 4);
    const wrong = Array.from({ length: 20 }, (_, i) => `${handle}-${ALPHABET[i]}${ALPHABET[i + 1]}QQ`).filter(
      (guess) => guess !== code,
    );
    // Four guessers, so that no one account's own limit is what stops them.
    const guessers = await accounts('guess', 4);
    const answers = await Promise.all(
      wrong.map((guess, i) => accept(guess, guessers[i % guessers.length] as string)),
    );
    expect(answers.filter((a) => a.status === 404).length).toBeLessThanOrEqual(5);
    const listed = await call(url, '/api/v1/classes/room5/members', undefined, owner, 'GET');
    expect(listed.json.invitations.find((i: { locked: boolean }) => i.locked)).toBeDefined();
    const [late] = await accounts('late', 1);
    expect((await accept(code, late as string)).status).toBe(403);
  });

  it('an account that sends 120 made-up codes at once is told to wait after 20', async () => {
    const [guesser] = await accounts('burst', 1);
    const codes = Array.from(
      { length: 120 },
      (_, i) => `ZZ${ALPHABET[i % 31]}${ALPHABET[Math.floor(i / 31)]}-ZZZZ`,
    );
    const answers = await Promise.all(codes.map((code) => accept(code, guesser as string)));
    const counts = statuses(answers);
    expect(counts.filter((s) => s === 404).length).toBeLessThanOrEqual(20);
    expect(counts.filter((s) => s === 429).length).toBeGreaterThanOrEqual(100);
  });

  it('a conference moved out of the shared class while a co-teacher edits it leaves nothing in the class', async () => {
    await push(url, owner, klass('own5', 'Own group'));
    const [co, coach] = await accounts('move', 2);
    for (const [token, role] of [
      [co, 'coteacher'],
      [coach, 'coach'],
    ] as const) {
      const made = await call(url, '/api/v1/classes/room5/members', { email: '', role }, owner);
      expect((await accept(made.json.code, token as string)).status).toBe(200);
    }
    // The two pushes race; thirty tries, so that an unlucky order shows on most runs.
    const left: string[] = [];
    for (let n = 0; n < 30; n++) {
      const id = `c-moving-${n}`;
      expect((await push(url, owner, conference(id, 'room5', 'Gus: leads'))).status).toBe(200);
      await Promise.all([
        push(url, owner, record('conferences', id, { classId: 'own5' })),
        push(url, co as string, record('conferences', id, { note: `edited ${n}` })),
      ]);
      const seen = await pullAll(url, coach as string);
      if (seen.changes.some((c) => c.row === id)) left.push(id);
    }
    expect(left, 'conferences the coach still reads after their move').toEqual([]);
  });
});
