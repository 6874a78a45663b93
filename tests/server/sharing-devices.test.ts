// A shared class on the devices themselves (real data layer, real sync engine, the real server's handler):
// removed from a member's device at her next sync, with what she had not synced kept aside in words.
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  noteTextsOfClass,
  pendingCount,
  updateConference,
} from '../../src/data/index.ts';
import { canEdit, keptAside, shareState } from '../../src/data/shareState.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import type { HttpTransport } from '../../src/sync/transport.ts';
import { type Device, makeDevices, syncAll, useInProcessServer } from './syncHarness.ts';

const server = useInProcessServer();

async function invite(owner: Device, member: Device, classId: string, role: 'coteacher' | 'coach') {
  const http = owner.transport as HttpTransport;
  const { code } = await http.invite(owner.token, classId, member.email, role);
  await http.acceptInvitation(member.token, code);
}

describe('a shared class on the devices', () => {
  it('revoked: the class leaves her device, her unsynced notes on it are kept aside, her own class stays', async () => {
    const [owner] = (await makeDevices(server().transport, 1)) as [Device];
    const [co] = (await makeDevices(server().transport, 1)) as [Device];
    const room = await createClass(
      { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
      owner.store,
    );
    const [ana] = await addStudents(room.id, ['Ana'], owner.store);
    const first = await logConference(
      { ...EMPTY_CONFERENCE, classId: room.id, studentIds: [ana?.id as string], note: 'Owner: rereads' },
      owner.store,
    );
    const mine = await createClass({ name: 'My group', gradeBand: '3-8', schoolYear: '2026-2027' }, co.store);
    await syncAll([owner, co], 1);
    await invite(owner, co, room.id, 'coteacher');
    await syncOnce(co);
    expect((await co.store.db.conferences.get(first.id))?.note).toBe('Owner: rereads');
    expect((await shareState(co.store)).shares).toEqual([
      { classId: room.id, role: 'coteacher', owner: owner.email, members: 0 },
    ]);

    // Offline, she logs a conference and edits the owner's note; meanwhile the owner removes her.
    await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: room.id,
        studentIds: [ana?.id as string],
        teachingPoint: 'Stretch the moment',
        note: 'Co: tried it',
      },
      co.store,
    );
    await updateConference(first.id, { note: 'Owner: rereads. Co: and then stretched it' }, co.store);
    const coId = (await shareState(co.store)).accountId as string;
    await (owner.transport as HttpTransport).removeMember(owner.token, room.id, coId);
    await syncOnce(co);

    expect(await co.store.db.classes.get(room.id)).toBeUndefined();
    expect(await co.store.db.students.where('classId').equals(room.id).count()).toBe(0);
    expect(await co.store.db.conferences.where('classId').equals(room.id).count()).toBe(0);
    // Nothing of its notes is left for Search either.
    expect(await noteTextsOfClass(room.id, co.store)).toEqual([]);
    expect(await co.store.db.classes.get(mine.id)).toBeDefined();
    expect(await pendingCount(co.store)).toBe(0);
    const kept = await keptAside(co.store);
    expect(kept.map((k) => [k.className, k.what, k.text]).sort()).toEqual(
      [
        [
          'Room 12',
          expect.stringMatching(/^Conference with Ana/),
          'Teaching point: Stretch the moment\nNote: Co: tried it',
        ],
        [
          'Room 12',
          expect.stringMatching(/^Conference with Ana/),
          'Note: Owner: rereads. Co: and then stretched it',
        ],
      ].sort(),
    );
    // The owner's data is as she left it.
    await syncOnce(owner);
    expect((await owner.store.db.conferences.get(first.id))?.note).toBe('Owner: rereads');
    expect(await owner.store.db.conferences.where('classId').equals(room.id).count()).toBe(1);
  });

  it('a coach reads the class and may not edit it; a refused push is set aside, never retried forever', async () => {
    const [owner] = (await makeDevices(server().transport, 1)) as [Device];
    const [coach] = (await makeDevices(server().transport, 1)) as [Device];
    const room = await createClass(
      { name: 'Room 9', gradeBand: 'K-2', schoolYear: '2026-2027' },
      owner.store,
    );
    const [ben] = await addStudents(room.id, ['Ben'], owner.store);
    const made = await logConference(
      { ...EMPTY_CONFERENCE, classId: room.id, studentIds: [ben?.id as string], note: 'Ben: labels' },
      owner.store,
    );
    await syncOnce(owner);
    await invite(owner, coach, room.id, 'coach');
    await syncOnce(coach);
    const state = await shareState(coach.store);
    expect(canEdit(state, room.id)).toBe(false);
    expect((await coach.store.db.conferences.get(made.id))?.loggedBy).toEqual({
      id: expect.any(String),
      name: owner.email,
    });
    // Were an edit to reach the outbox anyway, the server refuses it and the rest still syncs.
    await updateConference(made.id, { note: 'coach typed here' }, coach.store);
    const summary = await syncOnce(coach);
    expect(summary.parked).toBeGreaterThan(0);
    expect(await pendingCount(coach.store)).toBe(0);
    await syncOnce(owner);
    expect((await owner.store.db.conferences.get(made.id))?.note).toBe('Ben: labels');
  });
});
