// Invitations a stranger addresses to her: the app reads the list item by item (one it cannot read hides
// none of the others), and the server cuts a class's name to what the app reads.
import { describe, expect, it } from 'vitest';
import { CLASS_NAME_MAX } from '../../src/protocol/account.ts';
import { classNameOf } from '../../src/server/invitations.ts';
import { HttpTransport } from '../../src/sync/transport.ts';

const genuine = {
  id: '019a0000-0000-7000-8000-000000000001',
  classId: 'room6',
  className: 'Room 6',
  owner: 'Ms. Lee',
  role: 'coteacher',
  expiresAt: '2026-12-20T09:00:00.000Z',
};

const answering = (body: unknown) =>
  new HttpTransport('https://sync.school.org', async () =>
    Response.json(body, { headers: { 'content-type': 'application/json' } }),
  );

describe('the invitations waiting for her, as the app reads them', () => {
  it('keeps every invitation it can read when others are not ones the server gives', async () => {
    const lure = { ...genuine, id: 'lure', className: 'Sign in again at the link. '.repeat(40) };
    const broken = { id: 'broken', classId: 7 };
    const list = await answering({ invitations: [lure, genuine, broken, 'text'] }).invitations('token');
    expect(list).toEqual([genuine]);
  });

  it('still refuses an answer that is no list of invitations at all', async () => {
    await expect(answering({ invitations: 'none' }).invitations('token')).rejects.toThrow(
      /not one the sync server gives/,
    );
    await expect(answering('<html>').invitations('token')).rejects.toThrow();
  });
});

describe('a class name as an invitation carries it', () => {
  it('is the name itself when it is short enough', () => {
    expect(classNameOf(JSON.stringify('Room 6'))).toBe('Room 6');
    expect(classNameOf(JSON.stringify('x'.repeat(CLASS_NAME_MAX)))).toHaveLength(CLASS_NAME_MAX);
  });

  it('is cut to the length the app reads, ending in an ellipsis', () => {
    const long = 'Your account will be closed. '.repeat(40);
    const cut = classNameOf(JSON.stringify(long));
    expect(cut).toHaveLength(CLASS_NAME_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never keeps half of an emoji at the cut', () => {
    const cut = classNameOf(JSON.stringify(`${'a'.repeat(CLASS_NAME_MAX - 2)}📚📚📚`));
    expect(cut).toBe(`${'a'.repeat(CLASS_NAME_MAX - 2)}…`);
    expect(cut.length).toBeLessThanOrEqual(CLASS_NAME_MAX);
  });

  it('says “a class” when the class has no name', () => {
    expect(classNameOf(null)).toBe('a class');
    expect(classNameOf(JSON.stringify(''))).toBe('a class');
    expect(classNameOf('null')).toBe('a class');
  });
});
