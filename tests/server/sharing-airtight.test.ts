// Sharing tried as a hostile account would, over real HTTP on a real SQLite file and a real PostgreSQL: a
// forged recording record, a removed member re-naming hashes, a class id made by two owners (in both
// orders, and at once), a row id that shadows a private record, and invitations guessed, reused, expired
// or taken by a third account. Each is refused with nothing stored and nothing leaked.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/protocol/types.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, call, KINDS, startTestServer } from './servers.ts';
import {
  attachment,
  conference,
  klass,
  latestValue,
  pullAll,
  push,
  record,
  rowsOf,
} from './sharingHelpers.ts';

const DAY = 24 * 60 * 60 * 1000;
const student = (id: string, classId: string, name: string) =>
  record('students', id, { classId, name, archived: 0, position: 0, deleted: 0 });

/** Every (table, row, field) a full pull carries once: a second copy means a second record under one id. */
function expectOneRecordPerId(changes: readonly Change[]) {
  const seen = new Set<string>();
  for (const c of changes) {
    const key = `${c.table}/${c.row}/${c.field}`;
    expect(seen.has(key), `two records under ${key}`).toBe(false);
    seen.add(key);
  }
}

describe.each(KINDS)('sharing that lets no one in, on %s', (kind) => {
  let server: RunningServer;
  let url: string;
  let clock = Date.now();
  const email = (who: string) => `${who}-airtight-${kind}@school.org`;
  const tokens: Record<string, string> = {};
  const invite = (classId: string, token: string, role = 'coteacher', to = '') =>
    call(url, `/api/v1/classes/${classId}/members`, { email: to, role }, token);
  const accept = (code: string, token: string) => call(url, '/api/v1/invitations/accept', { code }, token);
  const blob = (sha: string, token: string) =>
    fetch(`${url}/api/v1/blobs/${sha}`, { headers: { authorization: `Bearer ${token}` } });
  const upload = (bytes: Uint8Array, token: string) =>
    fetch(`${url}/api/v1/blobs/${createHash('sha256').update(bytes).digest('hex')}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/mp4' },
      body: new Blob([new Uint8Array(bytes)]),
    });

  beforeAll(async () => {
    // The server's clock is the test's: an invitation's 14 days pass without waiting for them.
    server = await startTestServer(kind, undefined, { now: () => clock });
    url = server.url;
    for (const who of ['owner', 'co', 'stranger', 'other', 'third'])
      tokens[who] = await account(url, email(who));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('bytes follow rights: a forged record or a removed member naming a hash gets 404', async () => {
    const bytes = new TextEncoder().encode(`Ana reads her lead aloud (${kind})`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(
      (
        await push(url, tokens.owner as string, [
          ...klass('k-rec', 'Room 7'),
          ...conference('c-rec', 'k-rec', 'recorded'),
        ])
      ).status,
    ).toBe(200);
    expect((await upload(bytes, tokens.owner as string)).status).toBe(201);
    expect((await push(url, tokens.owner as string, attachment('a-rec', 'c-rec', sha))).status).toBe(200);

    // A stranger writes, in her own class, a record naming the owner's hash: the bytes stay hidden.
    expect(
      (
        await push(url, tokens.stranger as string, [
          ...klass('k-forged', 'Mine'),
          ...conference('c-forged', 'k-forged', 'forged'),
          ...attachment('a-forged', 'c-forged', sha),
        ])
      ).status,
    ).toBe(200);
    expect((await blob(sha, tokens.stranger as string)).status).toBe(404);

    // A co-teacher hears it while she is a member...
    const code = (await invite('k-rec', tokens.owner as string)).json.code as string;
    expect((await accept(code, tokens.co as string)).status).toBe(200);
    const heard = await blob(sha, tokens.co as string);
    expect(heard.status).toBe(200);
    expect(new Uint8Array(await heard.arrayBuffer())).toEqual(bytes);
    // ...and owns a class that the owner co-teaches (so an uploader may write where she re-names it).
    expect((await push(url, tokens.co as string, klass('k-co', 'Co class'))).status).toBe(200);
    const back = (await invite('k-co', tokens.co as string)).json.code as string;
    expect((await accept(back, tokens.owner as string)).status).toBe(200);

    // Removed, she re-names the hash in her own class: 404, and the answer says nothing of the bytes.
    const coId = (await pullAll(url, tokens.co as string)).account.id as string;
    expect(
      (await call(url, `/api/v1/classes/k-rec/members/${coId}`, undefined, tokens.owner, 'DELETE')).status,
    ).toBe(204);
    expect(
      (
        await push(url, tokens.co as string, [
          ...conference('c-renamed', 'k-co', 'renamed'),
          ...attachment('a-renamed', 'c-renamed', sha),
        ])
      ).status,
    ).toBe(200);
    const gone = await blob(sha, tokens.co as string);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain('Ana');
    // Re-using the owner's own attachment id from the class she left is refused, nothing stored.
    const reused = await push(url, tokens.co as string, attachment('a-rec', 'c-renamed', sha));
    expect(reused.status).toBe(409);
    expect(reused.json).toMatchObject({ code: 'id-taken', row: 'attachments/a-rec' });
    expect((await blob(sha, tokens.co as string)).status).toBe(404);
    // The owner still hears her own recording.
    expect((await blob(sha, tokens.owner as string)).status).toBe(200);
  });

  it('one class id, one class: a second owner is refused in either order, and at once', async () => {
    // The first owner makes the class; another account's class under the same id is refused.
    expect((await push(url, tokens.owner as string, klass('k-dup-1', 'First'))).status).toBe(200);
    const second = await push(url, tokens.other as string, klass('k-dup-1', 'Second'));
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ code: 'id-taken', row: 'classes/k-dup-1' });
    // The other way round: the other account first.
    expect((await push(url, tokens.other as string, klass('k-dup-2', 'Other first'))).status).toBe(200);
    expect((await push(url, tokens.owner as string, klass('k-dup-2', 'Mine later'))).status).toBe(409);
    // Its rows cannot be written into the class either, whoever names it.
    expect(
      (await push(url, tokens.owner as string, conference('c-into-2', 'k-dup-2', 'a note'))).status,
    ).toBe(403);
    // The invitee of each accepts: each class id arrives once, in the right owner's words.
    expect((await invite('k-dup-2', tokens.owner as string)).status).toBe(404);
    const codes = async () => ({
      first: (await invite('k-dup-1', tokens.owner as string)).json.code as string,
      other: (await invite('k-dup-2', tokens.other as string)).json.code as string,
    });
    // One co-teacher invited to both, accepting in each order (a different teacher for each order).
    for (const [who, firstOwnerFirst] of [
      ['third', false],
      ['stranger', true],
    ] as const) {
      const { first, other } = await codes();
      const order = firstOwnerFirst ? [first, other] : [other, first];
      for (const code of order) expect((await accept(code, tokens[who] as string)).status).toBe(200);
      const pulled = await pullAll(url, tokens[who] as string);
      expectOneRecordPerId(pulled.changes);
      expect(latestValue(pulled.changes, 'k-dup-1', 'name')).toBe('First');
      expect(latestValue(pulled.changes, 'k-dup-2', 'name')).toBe('Other first');
      const ids = pulled.shares.map((s: { classId: string }) => s.classId).sort();
      expect(ids.filter((id: string) => id.startsWith('k-dup'))).toEqual(['k-dup-1', 'k-dup-2']);
      // Codes are one-time: both used.
      for (const code of order) expect((await accept(code, tokens.co as string)).status).toBe(404);
    }
    // Two accounts making one new class id at the same moment: one wins, the other is refused.
    const racing = await Promise.all([
      push(url, tokens.owner as string, klass('k-race', 'Owner')),
      push(url, tokens.other as string, klass('k-race', 'Other')),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 409]);
    const names = [
      latestValue((await pullAll(url, tokens.owner as string)).changes, 'k-race', 'name'),
      latestValue((await pullAll(url, tokens.other as string)).changes, 'k-race', 'name'),
    ];
    expect(names.filter((n) => n !== undefined)).toHaveLength(1);
  });

  it('a row id never shadows a private record; moves stay within one teacher’s classes she may write', async () => {
    const owner = tokens.owner as string;
    const co = tokens.co as string;
    expect(
      (
        await push(url, owner, [
          ...klass('k-shared', 'Shared'),
          ...klass('k-private', 'Private'),
          ...student('st-private', 'k-private', 'Ben'),
          ...student('st-move', 'k-shared', 'Cy'),
        ])
      ).status,
    ).toBe(200);
    const code = (await invite('k-shared', owner)).json.code as string;
    expect((await accept(code, co)).status).toBe(200);
    const before = await pullAll(url, owner);
    // The co-teacher writes, in the shared class, a student under the id of the owner's private one.
    const shadow = await push(url, co, student('st-private', 'k-shared', 'Not Ben'));
    expect(shadow.status).toBe(409);
    expect(shadow.json).toMatchObject({ code: 'id-taken', index: 0, row: 'students/st-private' });
    expect(shadow.json.error).not.toContain('Ben');
    const after = await pullAll(url, owner);
    expect(after.changes).toEqual(before.changes);
    expectOneRecordPerId(after.changes);
    expect(latestValue(after.changes, 'st-private', 'name')).toBe('Ben');
    expect(rowsOf((await pullAll(url, co)).changes, 'students')).not.toContain('st-private');
    // She cannot move a shared record into a class of her own (it would leave its owner's hands).
    const out = await push(url, co, [
      {
        table: 'students',
        row: 'st-move',
        field: 'classId',
        value: 'k-co',
        hlc: after.changes[0]?.hlc ?? '',
      },
    ]);
    expect([403, 400]).toContain(out.status);
    // The owner moves a student between her two classes: one record, now in the other class.
    const moved = await push(url, owner, record('students', 'st-move', { classId: 'k-private' }));
    expect(moved.status).toBe(200);
    const ownerNow = await pullAll(url, owner);
    expectOneRecordPerId(ownerNow.changes);
    expect(latestValue(ownerNow.changes, 'st-move', 'classId')).toBe('k-private');
    expect(latestValue(ownerNow.changes, 'st-move', 'name')).toBe('Cy');
    // The co-teacher gets nothing of it after the move.
    const coNow = await pullAll(url, co);
    expect(coNow.changes.filter((c) => c.row === 'st-move' && c.field === 'classId').at(-1)?.value).not.toBe(
      'k-private',
    );
  });

  it('invitations need the code: guessed, reused, expired, cancelled or taken by a third account, refused', async () => {
    const owner = tokens.owner as string;
    expect((await push(url, owner, klass('k-inv', 'Room 9'))).status).toBe(200);
    const pullOf = async (who: string) =>
      rowsOf((await pullAll(url, tokens[who] as string)).changes, 'classes');

    // Addressed to the co-teacher's email: a third account with the right code is refused.
    const addressed = await invite('k-inv', owner, 'coach', email('co'));
    expect(addressed.status).toBe(201);
    const third = await accept(addressed.json.code, tokens.third as string);
    expect(third.status).toBe(403);
    expect(third.json.error).toContain(email('co'));
    expect(await pullOf('third')).not.toContain('k-inv');
    // She sees it waiting on her first screen, without its code.
    const waiting = await call(url, '/api/v1/invitations', undefined, tokens.co, 'GET');
    expect(waiting.json.invitations.map((i: { classId: string }) => i.classId)).toContain('k-inv');
    expect(JSON.stringify(waiting.json)).not.toContain(addressed.json.code);

    // Five wrong codes lock it; then even the right one is refused.
    const handle = (addressed.json.code as string).slice(0, 4);
    const wrong = (n: number) => `${handle}-${'2345'.slice(0, 3)}${'ABCDE'[n]}`;
    for (let n = 0; n < 5; n++) {
      const guess = await accept(wrong(n), tokens.stranger as string);
      expect(guess.status).toBe(404);
    }
    const locked = await accept(addressed.json.code, tokens.co as string);
    expect(locked.status).toBe(403);
    expect(locked.json.error).toMatch(/locked/);
    expect(await pullOf('co')).not.toContain('k-inv');
    const listed = await call(url, '/api/v1/classes/k-inv/members', undefined, owner, 'GET');
    expect(listed.json.invitations[0]).toMatchObject({ locked: true });

    // An open invitation (no email): the code alone, once; reusing it from a third account fails.
    const open = await invite('k-inv', owner);
    expect(
      (await accept(open.json.code.toLowerCase().replace('-', ' '), tokens.other as string)).status,
    ).toBe(200);
    expect(await pullOf('other')).toContain('k-inv');
    expect((await accept(open.json.code, tokens.third as string)).status).toBe(404);
    expect(await pullOf('third')).not.toContain('k-inv');

    // Cancelled by the owner: gone.
    const cancelled = await invite('k-inv', owner);
    expect(
      (await call(url, `/api/v1/classes/k-inv/invitations/${cancelled.json.id}`, undefined, owner, 'DELETE'))
        .status,
    ).toBe(204);
    expect((await accept(cancelled.json.code, tokens.third as string)).status).toBe(404);

    // Fourteen days on, an invitation has expired.
    const late = await invite('k-inv', owner);
    expect(Date.parse(late.json.expiresAt) - clock).toBe(14 * DAY);
    clock += 14 * DAY + 1000;
    const expired = await accept(late.json.code, tokens.third as string);
    expect(expired.status).toBe(410);
    expect(expired.json.error).toMatch(/expired/);
    expect(await pullOf('third')).not.toContain('k-inv');

    // Guessing at random runs out of tries for that account.
    let limited = 0;
    for (let n = 0; n < 25; n++)
      if (
        (await accept(`ZZZZ-ZZZ${'23456789ABCDEFGHJKMNPQRSTUVWXYZ'[n]}`, tokens.third as string)).status ===
        429
      )
        limited += 1;
    expect(limited).toBeGreaterThan(0);
  });
});
