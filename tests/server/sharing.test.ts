// Sharing a class, over real HTTP on a real SQLite file and a real PostgreSQL: who may read and write
// what, decided by the server on every row. Each refusal is checked to store nothing and leak nothing.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change } from '../../src/protocol/types.ts';
import type { RunningServer } from '../../src/server/serve.ts';
import { account, call, KINDS, startTestServer } from './servers.ts';
import { conference, klass, latestValue, pullAll, push, record, rowsOf, stamp } from './sharingHelpers.ts';

describe.each(KINDS)('sharing a class on %s', (kind) => {
  let server: RunningServer;
  let url: string;
  const tokens: Record<'owner' | 'co' | 'coach' | 'stranger', string> = {
    owner: '',
    co: '',
    coach: '',
    stranger: '',
  };
  const email = (who: string) => `${who}-${kind}@school.org`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    url = server.url;
    for (const who of Object.keys(tokens) as (keyof typeof tokens)[])
      tokens[who] = await account(url, email(who));
    expect(
      (await call(url, '/api/v1/account/name', { name: 'Ms. Rivera' }, tokens.owner, 'PUT')).status,
    ).toBe(204);
    // The owner's class, with one conference in it, and a private class of her own.
    expect(
      (
        await push(url, tokens.owner, [
          ...klass('room12', 'Room 12'),
          ...conference('c-owner', 'room12', 'Owner note'),
        ])
      ).status,
    ).toBe(200);
    expect((await push(url, tokens.owner, klass('private', 'Intervention group'))).status).toBe(200);
    // The co-teacher's own class (to try moving a row into it).
    expect((await push(url, tokens.co, klass('co-own', 'Co own'))).status).toBe(200);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('invites by email, and the invited teacher sees and accepts it on her device', async () => {
    const notYet = await call(
      url,
      '/api/v1/classes/never-synced/members',
      { email: email('co'), role: 'coteacher' },
      tokens.owner,
    );
    expect(notYet.status).toBe(404);
    expect(notYet.json.error).toMatch(/not on the sync server yet/);
    const stolen = await call(
      url,
      '/api/v1/classes/room12/members',
      { email: email('stranger'), role: 'coteacher' },
      tokens.co,
    );
    expect(stolen.status).toBe(404);
    const coInvite = await call(
      url,
      '/api/v1/classes/room12/members',
      { email: email('co'), role: 'coteacher' },
      tokens.owner,
    );
    expect(coInvite.status).toBe(201);
    expect(coInvite.json.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const coachInvite = await call(
      url,
      '/api/v1/classes/room12/members',
      { email: email('coach'), role: 'coach' },
      tokens.owner,
    );
    expect(coachInvite.status).toBe(201);
    expect(
      (await call(url, '/api/v1/classes/room12/members', { email: 'bad', role: 'coach' }, tokens.owner))
        .status,
    ).toBe(400);
    expect(
      (await call(url, '/api/v1/classes/room12/members', { email: email('x'), role: 'admin' }, tokens.owner))
        .status,
    ).toBe(400);

    // Before accepting, she reads nothing of it.
    expect(rowsOf((await pullAll(url, tokens.co)).changes, 'classes')).toEqual(['co-own']);
    const waiting = await call(url, '/api/v1/invitations', undefined, tokens.co, 'GET');
    expect(waiting.json.invitations).toEqual([
      {
        id: expect.any(String),
        classId: 'room12',
        className: 'Room 12',
        owner: 'Ms. Rivera',
        role: 'coteacher',
        expiresAt: expect.any(String),
      },
    ]);
    expect(
      (await call(url, '/api/v1/invitations', undefined, tokens.stranger, 'GET')).json.invitations,
    ).toEqual([]);
    // Another account cannot accept her invitation, even with its code: it names her email.
    const accept = (code: string, token: string) => call(url, '/api/v1/invitations/accept', { code }, token);
    expect((await accept(coInvite.json.code, tokens.stranger)).status).toBe(403);
    expect((await accept(coInvite.json.code, tokens.co)).status).toBe(200);
    expect((await accept(coachInvite.json.code, tokens.coach)).status).toBe(200);

    const pulled = await pullAll(url, tokens.co);
    expect(rowsOf(pulled.changes, 'classes')).toEqual(['co-own', 'room12']);
    expect(latestValue(pulled.changes, 'c-owner', 'note')).toBe('Owner note');
    expect(pulled.shares).toEqual([
      { classId: 'room12', role: 'coteacher', owner: 'Ms. Rivera', members: 0 },
    ]);
    // Her private class never reaches anyone else.
    expect(rowsOf(pulled.changes, 'classes')).not.toContain('private');
    const members = await call(url, '/api/v1/classes/room12/members', undefined, tokens.owner, 'GET');
    expect(members.json.members.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      [email('co'), 'coteacher'],
      [email('coach'), 'coach'],
    ]);
    const ownerPull = await pullAll(url, tokens.owner);
    expect(ownerPull.shares).toEqual([{ classId: 'room12', role: 'owner', owner: '', members: 2 }]);
    // Everyone she shares a class with, by the name each has now (her email while she has none).
    const coachId = (await pullAll(url, tokens.coach)).account.id as string;
    const byName = (people: { id: string; name: string }[]) =>
      Object.fromEntries(people.map((p) => [p.name, p.id]));
    expect(byName(pulled.people)).toEqual({ 'Ms. Rivera': ownerPull.account.id, [email('coach')]: coachId });
    expect(byName(ownerPull.people)).toEqual({
      [email('co')]: pulled.account.id,
      [email('coach')]: coachId,
    });
  });

  it('a co-teacher writes the class; every conference says who logged it, in the server’s words', async () => {
    expect((await push(url, tokens.co, conference('c-co', 'room12', 'Co-teacher note'))).status).toBe(200);
    const seen = await pullAll(url, tokens.owner);
    expect(latestValue(seen.changes, 'c-co', 'note')).toBe('Co-teacher note');
    const coId = (await pullAll(url, tokens.co)).account.id as string;
    expect(latestValue(seen.changes, 'c-co', 'loggedBy')).toEqual({ id: coId, name: email('co') });
    expect(latestValue(seen.changes, 'c-owner', 'loggedBy')).toEqual({
      id: seen.account.id,
      name: 'Ms. Rivera',
    });
    // No device may write who logged a conference.
    const forged = await push(url, tokens.co, [
      {
        table: 'conferences',
        row: 'c-owner',
        field: 'loggedBy',
        value: { id: coId, name: 'me' },
        hlc: stamp(),
      },
    ]);
    expect(forged.status).toBe(400);
    // A co-teacher does not rename or delete the class itself.
    const rename = await push(url, tokens.co, [
      { table: 'classes', row: 'room12', field: 'name', value: 'Mine', hlc: stamp() },
    ]);
    expect(rename.status).toBe(403);
    expect(latestValue((await pullAll(url, tokens.owner)).changes, 'room12', 'name')).toBe('Room 12');
  });

  it('a coach reads and adds reflections, and is refused any edit, nothing stored', async () => {
    const coach = await pullAll(url, tokens.coach);
    expect(latestValue(coach.changes, 'c-owner', 'note')).toBe('Owner note');
    expect(coach.shares).toEqual([{ classId: 'room12', role: 'coach', owner: 'Ms. Rivera', members: 0 }]);
    const before = await pullAll(url, tokens.owner);
    for (const attempt of [
      [{ table: 'conferences', row: 'c-owner', field: 'note', value: 'coach edit', hlc: stamp() }],
      conference('c-coach', 'room12', 'A coach logging'),
      record('students', 'st-coach', {
        classId: 'room12',
        name: 'New kid',
        archived: 0,
        position: 9,
        deleted: 0,
      }),
    ] as Change[][]) {
      const refused = await push(url, tokens.coach, attempt);
      expect(refused.status).toBe(403);
      expect(refused.json.code).toBe('forbidden');
    }
    expect((await pullAll(url, tokens.owner)).changes).toEqual(before.changes);
    const reflection = record('reflections', 'c-owner', {
      pacing: 'yes',
      research: null,
      compliment: 'yes',
      oneStrategy: null,
      bestPoint: null,
      note: 'Coach: the compliment was specific',
      deleted: 0,
    });
    expect((await push(url, tokens.coach, reflection)).status).toBe(200);
    expect(latestValue((await pullAll(url, tokens.owner)).changes, 'c-owner', 'note', 'conferences')).toBe(
      'Owner note',
    );
    expect(
      (await pullAll(url, tokens.owner)).changes.find((c) => c.table === 'reflections' && c.field === 'note')
        ?.value,
    ).toBe('Coach: the compliment was specific');
  });

  it('a stranger, a forged class id and a row moved out of the shared class: refused, nothing stored or leaked', async () => {
    const before = await pullAll(url, tokens.owner);
    const strangerBefore = await pullAll(url, tokens.stranger);
    expect(strangerBefore.changes).toEqual([]);
    expect(strangerBefore.shares).toEqual([]);
    expect(strangerBefore.people).toEqual([]);
    const attempts: [keyof typeof tokens, Change[]][] = [
      // A non-member writes into the class by naming it.
      ['stranger', conference('c-stranger', 'room12', 'Stranger note')],
      [
        'stranger',
        record('students', 'st-x', {
          classId: 'room12',
          name: 'Forged',
          archived: 0,
          position: 0,
          deleted: 0,
        }),
      ],
      // A forged class id on a row of a batch that is otherwise fine: the whole batch is refused.
      [
        'stranger',
        [...klass('stranger-own', 'Mine'), ...conference('c-forged', 'private', 'Into her private class')],
      ],
      // A member moves a row out of the shared class into her own.
      ['co', [{ table: 'conferences', row: 'c-owner', field: 'classId', value: 'co-own', hlc: stamp() }]],
      // A member writes the owner's private class.
      ['co', conference('c-private', 'private', 'Into the private class')],
    ];
    for (const [who, changes] of attempts) {
      const refused = await push(url, tokens[who], changes);
      expect(refused.status, `${who}: ${JSON.stringify(changes[0])}`).toBe(403);
      expect(refused.json.error).toMatch(/Nothing was stored/);
    }
    expect((await pullAll(url, tokens.owner)).changes).toEqual(before.changes);
    expect((await pullAll(url, tokens.stranger)).changes).toEqual([]);
    // The owner's members list and a cursor made for someone else reveal nothing either.
    expect(
      (await call(url, '/api/v1/classes/room12/members', undefined, tokens.stranger, 'GET')).status,
    ).toBe(404);
    const ownerCursor = before.cursor;
    const borrowed = await call(
      url,
      '/api/v1/sync/pull',
      { deviceId: 'd', cursor: ownerCursor },
      tokens.stranger,
    );
    expect(borrowed.json.changes).toEqual([]);
    // A class id is one class everywhere: the stranger cannot make a class under hers.
    const clash = await push(url, tokens.stranger, klass('room12', 'Taken'));
    expect(clash.status).toBe(409);
    expect(clash.json).toMatchObject({ code: 'id-taken', row: 'classes/room12', index: 0 });
    expect(latestValue((await pullAll(url, tokens.owner)).changes, 'room12', 'name')).toBe('Room 12');
    expect((await pullAll(url, tokens.co)).changes.filter((c) => c.value === 'Taken')).toEqual([]);
    expect(rowsOf((await pullAll(url, tokens.stranger)).changes, 'conferences')).toEqual([]);
    expect(rowsOf((await pullAll(url, tokens.co)).changes, 'classes')).toEqual(['co-own', 'room12']);
  });

  it('recordings follow their conference: members hear them, strangers and removed members do not', async () => {
    const bytes = new TextEncoder().encode(`a recording on ${kind}`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await fetch(`${url}/api/v1/blobs/${sha}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tokens.owner}`, 'content-type': 'audio/mp4' },
      body: bytes,
    });
    expect(put.status).toBe(201);
    expect(
      (
        await push(
          url,
          tokens.owner,
          record('attachments', 'a1', {
            conferenceId: 'c-owner',
            kind: 'audio',
            mime: 'audio/mp4',
            size: bytes.length,
            sha256: sha,
            durationMs: 1000,
            width: null,
            height: null,
            deleted: 0,
          }),
        )
      ).status,
    ).toBe(200);
    const get = (token: string) =>
      fetch(`${url}/api/v1/blobs/${sha}`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get(tokens.co)).status).toBe(200);
    expect(new Uint8Array(await (await get(tokens.coach)).arrayBuffer())).toEqual(bytes);
    expect((await get(tokens.stranger)).status).toBe(404);
  });

  it('revoking: the member reads nothing of the class any more and her pushes to it are refused', async () => {
    const coId = (await pullAll(url, tokens.co)).account.id as string;
    expect(
      (await call(url, `/api/v1/classes/room12/members/${coId}`, undefined, tokens.co, 'DELETE')).status,
    ).toBe(204);
    // She left herself; the owner invites her back and then removes her.
    const again = await call(
      url,
      '/api/v1/classes/room12/members',
      { email: email('co'), role: 'coteacher' },
      tokens.owner,
    );
    expect((await call(url, '/api/v1/invitations/accept', { code: again.json.code }, tokens.co)).status).toBe(
      200,
    );
    expect(
      (await call(url, `/api/v1/classes/room12/members/${coId}`, undefined, tokens.stranger, 'DELETE'))
        .status,
    ).toBe(404);
    expect(
      (await call(url, `/api/v1/classes/room12/members/${coId}`, undefined, tokens.owner, 'DELETE')).status,
    ).toBe(204);

    const after = await pullAll(url, tokens.co);
    expect(after.shares).toEqual([]);
    expect(after.people).toEqual([]);
    expect(rowsOf(after.changes, 'classes')).toEqual(['co-own']);
    expect(rowsOf(after.changes, 'conferences')).toEqual([]);
    const before = await pullAll(url, tokens.owner);
    const late = await push(url, tokens.co, [
      ...conference('c-late', 'room12', 'Written offline before she was removed'),
    ]);
    expect(late.status).toBe(403);
    const edit = await push(url, tokens.co, [
      { table: 'conferences', row: 'c-co', field: 'classId', value: 'room12', hlc: stamp() },
      { table: 'conferences', row: 'c-co', field: 'note', value: 'edited after removal', hlc: stamp() },
    ]);
    // Her note lives in a class she may no longer write: a second record under its id is refused.
    expect(edit.status).toBe(409);
    expect(edit.json).toMatchObject({ code: 'id-taken', row: 'conferences/c-co' });
    expect((await pullAll(url, tokens.owner)).changes).toEqual(before.changes);
    const sha = latestValue(before.changes, 'a1', 'sha256') as string;
    expect(
      (await fetch(`${url}/api/v1/blobs/${sha}`, { headers: { authorization: `Bearer ${tokens.co}` } }))
        .status,
    ).toBe(404);
  });

  it('deleting the owner’s account takes her class from every member, and leaves theirs', async () => {
    const owner = 'leaving-owner';
    const token = await account(url, email(owner));
    await push(url, token, [
      ...klass('leaving-class', 'Leaving'),
      ...conference('c-leaving', 'leaving-class', 'x'),
    ]);
    const invite = await call(
      url,
      '/api/v1/classes/leaving-class/members',
      { email: email('coach'), role: 'coach' },
      token,
    );
    await call(url, '/api/v1/invitations/accept', { code: invite.json.code }, tokens.coach);
    expect(rowsOf((await pullAll(url, tokens.coach)).changes, 'classes')).toContain('leaving-class');
    const gone = await call(
      url,
      '/api/v1/account',
      { password: 'correct horse battery', confirm: email(owner) },
      token,
      'DELETE',
    );
    expect(gone.status).toBe(204);
    const coach = await pullAll(url, tokens.coach);
    expect(rowsOf(coach.changes, 'classes')).toEqual(['room12']);
    expect(coach.shares.map((s: { classId: string }) => s.classId)).toEqual(['room12']);
  });
});
