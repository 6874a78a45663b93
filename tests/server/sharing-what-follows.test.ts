// What stays with a class's records when a member does something the contract allows her, over real HTTP
// on a real SQLite file and a real PostgreSQL: a conference moved out of a shared class takes its
// recording, photo and reflection with it (docs/http.md: they follow their conference); a coach adds
// reflections but does not erase the one the teacher wrote; and a co-teacher who deletes her account does
// not take the recordings she made in the owner's class with her.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const PASSWORD = 'correct horse battery';
const reflection = (conferenceId: string, note: string) =>
  record('reflections', conferenceId, {
    pacing: null,
    research: null,
    compliment: null,
    oneStrategy: null,
    bestPoint: null,
    helpedMore: '',
    note,
    deleted: 0,
  });

describe.each(KINDS)('what follows a class’s records on %s', (kind) => {
  let server: RunningServer;
  let url: string;
  const tokens: Record<string, string> = {};
  const email = (who: string) => `${who}-follows-${kind}@school.org`;
  const blob = (sha: string, token: string) =>
    fetch(`${url}/api/v1/blobs/${sha}`, { headers: { authorization: `Bearer ${token}` } });
  const upload = async (text: string, token: string) => {
    const bytes = new TextEncoder().encode(`${text} (${kind})`);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const put = await fetch(`${url}/api/v1/blobs/${sha}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'audio/mp4' },
      body: new Blob([bytes]),
    });
    expect(put.status).toBe(201);
    return { bytes, sha };
  };
  /** The owner invites her, and she enters the code. */
  const join = async (classId: string, who: string, role: 'coteacher' | 'coach') => {
    const made = await call(url, `/api/v1/classes/${classId}/members`, { email: '', role }, tokens.owner);
    const joined = await call(url, '/api/v1/invitations/accept', { code: made.json.code }, tokens[who]);
    expect(joined.status).toBe(200);
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    url = server.url;
    for (const who of ['owner', 'co', 'coach']) tokens[who] = await account(url, email(who));
    expect(
      (
        await push(url, tokens.owner as string, [
          ...klass('room4', 'Room 4'),
          ...klass('group', 'Small group'),
        ])
      ).status,
    ).toBe(200);
    await join('room4', 'co', 'coteacher');
    await join('room4', 'coach', 'coach');
  });
  afterAll(async () => {
    await server?.close();
  });

  it('a conference moved out of the shared class takes its recording and reflection: its coach keeps none', async () => {
    const owner = tokens.owner as string;
    const { sha } = await upload('Cy reads his lead', owner);
    expect(
      (
        await push(url, owner, [
          ...conference('c-move', 'room4', 'Cy: spelling slows him down'),
          ...attachment('a-move', 'c-move', sha),
          ...reflection('c-move', 'I talked too long'),
        ])
      ).status,
    ).toBe(200);
    expect((await blob(sha, tokens.coach as string)).status).toBe(200);

    // The owner moves the conference to her class that no one else reads.
    expect((await push(url, owner, record('conferences', 'c-move', { classId: 'group' }))).status).toBe(200);

    // The coach of Room 4, pulling from the start, gets nothing of it: not the recording, not the reflection.
    const coach = await pullAll(url, tokens.coach as string);
    expect(rowsOf(coach.changes, 'conferences')).not.toContain('c-move');
    expect(rowsOf(coach.changes, 'attachments')).not.toContain('a-move');
    expect(rowsOf(coach.changes, 'reflections')).not.toContain('c-move');
    expect(coach.changes.filter((c) => c.value === 'I talked too long')).toEqual([]);
    expect((await blob(sha, tokens.coach as string)).status).toBe(404);
    // The owner still has all of it.
    const mine = await pullAll(url, owner);
    expect(rowsOf(mine.changes, 'attachments')).toContain('a-move');
    expect(latestValue(mine.changes, 'c-move', 'note', 'reflections')).toBe('I talked too long');
    expect((await blob(sha, owner)).status).toBe(200);
  });

  it('a coach adds reflections, and cannot erase or overwrite the one the teacher wrote', async () => {
    const owner = tokens.owner as string;
    const coach = tokens.coach as string;
    expect(
      (
        await push(url, owner, [
          ...conference('c-reflect', 'room4', 'Dee: dialogue'),
          ...reflection('c-reflect', 'I skipped the research'),
          ...conference('c-open', 'room4', 'Eli: endings'),
        ])
      ).status,
    ).toBe(200);
    // Adding a reflection where there is none is what a coach does.
    expect((await push(url, coach, reflection('c-open', 'Try a shorter teach'))).status).toBe(200);
    // Writing over the teacher's own reflection, or deleting it, is not.
    await push(url, coach, record('reflections', 'c-reflect', { note: 'Coach was here', deleted: 1 }));
    const mine = await pullAll(url, owner);
    expect(latestValue(mine.changes, 'c-reflect', 'note', 'reflections')).toBe('I skipped the research');
    expect(latestValue(mine.changes, 'c-reflect', 'deleted', 'reflections')).toBe(0);
    // Whose each reflection is, by the server's word (no device may say it).
    expect(latestValue(mine.changes, 'c-open', 'startedBy', 'reflections')).toMatchObject({
      name: email('coach'),
    });
    expect(latestValue(mine.changes, 'c-reflect', 'startedBy', 'reflections')).toMatchObject({
      name: email('owner'),
    });
    expect(
      (await push(url, coach, record('reflections', 'c-open', { startedBy: { id: 'x', name: 'Someone' } })))
        .status,
    ).toBe(400);
  });

  it('a recording deleted from its conference is served to no one but whoever uploaded it', async () => {
    const owner = tokens.owner as string;
    const { sha } = await upload('Gil reads his middle', owner);
    expect(
      (
        await push(url, owner, [
          ...conference('c-gone', 'room4', 'Gil: middles'),
          ...attachment('a-gone', 'c-gone', sha),
        ])
      ).status,
    ).toBe(200);
    expect((await blob(sha, tokens.coach as string)).status).toBe(200);
    expect((await push(url, owner, record('attachments', 'a-gone', { deleted: 1 }))).status).toBe(200);
    expect((await blob(sha, tokens.coach as string)).status).toBe(404);
    expect((await blob(sha, tokens.co as string)).status).toBe(404);
    expect((await blob(sha, owner)).status).toBe(200);
  });

  it('a co-teacher who deletes her account leaves the recordings she made in the owner’s class', async () => {
    const co = tokens.co as string;
    const { bytes, sha } = await upload('Fay reads her ending', co);
    expect(
      (
        await push(url, co, [
          ...conference('c-co', 'room4', 'Fay: endings'),
          ...attachment('a-co', 'c-co', sha),
        ])
      ).status,
    ).toBe(200);
    expect((await blob(sha, tokens.owner as string)).status).toBe(200);

    const gone = await call(
      url,
      '/api/v1/account',
      { password: PASSWORD, confirm: email('co') },
      co,
      'DELETE',
    );
    expect(gone.status).toBe(204);
    // Her conference stays in the owner's class (the classes shared with her stay with their owners)...
    const mine = await pullAll(url, tokens.owner as string);
    expect(rowsOf(mine.changes, 'attachments')).toContain('a-co');
    // ...and so does what it recorded: the owner and the class's coach still hear it.
    const heard = await blob(sha, tokens.owner as string);
    expect(heard.status).toBe(200);
    expect(new Uint8Array(await heard.arrayBuffer())).toEqual(bytes);
    expect((await blob(sha, tokens.coach as string)).status).toBe(200);
  });
});
