// /api/v1/classes/:classId/members, /api/v1/invitations and /api/v1/account/name: thin routes over the
// SharingService. Only a class's owner lists, invites and removes its members; the invited teacher joins
// with the code the owner gave her, and sees (or declines) the invitations addressed to her email.
import type { Hono } from 'hono';
import { codeSchema, invitationRequestSchema, nameSchema } from '../protocol/account.ts';
import { bearer, body, parse, pathId } from './requests.ts';
import type { SyncService } from './syncService.ts';

export function mountSharing(app: Hono, service: SyncService): void {
  const { sharing } = service;
  const me = async (c: Parameters<typeof bearer>[0]) => (await service.session(bearer(c))).accountId;

  app.get('/api/v1/classes/:classId/members', async (c) =>
    c.json(await sharing.members(await me(c), pathId(c, 'classId'))),
  );

  app.post('/api/v1/classes/:classId/members', async (c) => {
    const account = await me(c);
    const { email, role } = parse(invitationRequestSchema, await body(c));
    return c.json(await sharing.invite(account, pathId(c, 'classId'), email, role), 201);
  });

  app.delete('/api/v1/classes/:classId/members/:accountId', async (c) => {
    const account = await me(c);
    const member = pathId(c, 'accountId');
    if (member === account) await sharing.leave(account, pathId(c, 'classId'));
    else await sharing.removeMember(account, pathId(c, 'classId'), member);
    return c.body(null, 204);
  });

  app.delete('/api/v1/classes/:classId/invitations/:id', async (c) => {
    await sharing.cancelInvitation(await me(c), pathId(c, 'classId'), pathId(c, 'id'));
    return c.body(null, 204);
  });

  app.get('/api/v1/invitations', async (c) =>
    c.json({ invitations: await sharing.invitationsTo(await me(c)) }),
  );

  app.post('/api/v1/invitations/accept', async (c) => {
    const account = await me(c);
    const { code } = parse(codeSchema, await body(c));
    return c.json(await sharing.accept(account, code));
  });

  app.delete('/api/v1/invitations/:id', async (c) => {
    await sharing.decline(await me(c), pathId(c, 'id'));
    return c.body(null, 204);
  });

  app.put('/api/v1/account/name', async (c) => {
    const account = await me(c);
    const { name } = parse(nameSchema, await body(c));
    await sharing.setName(account, name);
    return c.body(null, 204);
  });
}
