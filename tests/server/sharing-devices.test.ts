// A shared class on the devices themselves (real data layer, real sync engine, the real server's handler):
// removed from a member's device at her next sync, with what she had not synced kept aside in words and
// a notice to tell her once; who logged each note by the name that teacher has now; what the server
// refuses set aside with words of her part in the class.
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  parkedChanges,
  pendingCount,
  updateConference,
} from '../../src/data/index.ts';
import { canEdit, shareState } from '../../src/data/roles.ts';
import { noteTextsOfClass } from '../../src/data/search.ts';
import { authorOf, keptAside, noLongerShared, toldNoLongerShared } from '../../src/data/sharedWords.ts';
import { mutate } from '../../src/data/write.ts';
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
    // She is told once: the class, whose it was, and how many of her notes were kept aside.
    expect(await noLongerShared(co.store)).toEqual([
      { classId: room.id, className: 'Room 12', owner: owner.email, kept: 2, at: expect.any(String) },
    ]);
    await syncOnce(co);
    expect(await noLongerShared(co.store)).toHaveLength(1);
    await toldNoLongerShared(room.id, co.store);
    await syncOnce(co);
    expect(await noLongerShared(co.store)).toEqual([]);
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
    // Set aside in her words: the note, and that a coach reads the class (no table or field names).
    const [parked] = await parkedChanges(coach.store);
    expect(parked?.reason).toMatch(
      /^the note of the conference with Ben \(.+\) was not synced: you are the coach of Room 9: you read it and add reflections/,
    );
    expect(await pendingCount(coach.store)).toBe(0);
    await syncOnce(owner);
    expect((await owner.store.db.conferences.get(made.id))?.note).toBe('Ben: labels');
  });

  it('who logged a note reads by the name that teacher has now, on notes logged before she set it', async () => {
    const [owner] = (await makeDevices(server().transport, 1)) as [Device];
    const [co] = (await makeDevices(server().transport, 1)) as [Device];
    const room = await createClass(
      { name: 'Room 3', gradeBand: '3-8', schoolYear: '2026-2027' },
      owner.store,
    );
    const [ana] = await addStudents(room.id, ['Ana'], owner.store);
    const old = await logConference(
      { ...EMPTY_CONFERENCE, classId: room.id, studentIds: [ana?.id as string], note: 'Before her name' },
      owner.store,
    );
    await syncOnce(owner);
    await invite(owner, co, room.id, 'coteacher');
    const mine = await logConference(
      { ...EMPTY_CONFERENCE, classId: room.id, studentIds: [ana?.id as string], note: 'Co: by me' },
      co.store,
    );
    await syncOnce(co);
    // Each sets her name after her notes were stamped with her email.
    await (owner.transport as HttpTransport).setName(owner.token, 'Ms. Rivera');
    await (co.transport as HttpTransport).setName(co.token, 'Mr. Okafor');
    await syncOnce(co);
    await syncOnce(owner);
    const onCo = await co.store.db.conferences.get(old.id);
    expect(onCo?.loggedBy).toEqual({ id: expect.any(String), name: owner.email });
    expect(authorOf(await shareState(co.store), onCo as NonNullable<typeof onCo>)).toBe('Ms. Rivera');
    const onOwner = await owner.store.db.conferences.get(mine.id);
    expect(authorOf(await shareState(owner.store), onOwner as NonNullable<typeof onOwner>)).toBe(
      'Mr. Okafor',
    );
    expect(
      authorOf(await shareState(co.store), (await co.store.db.conferences.get(mine.id)) as typeof mine),
    ).toBe('you');
  });

  it('a record whose id lives in a class she cannot change is set aside in her words; the rest syncs', async () => {
    const [owner] = (await makeDevices(server().transport, 1)) as [Device];
    const [co] = (await makeDevices(server().transport, 1)) as [Device];
    const room = await createClass(
      { name: 'Room 4', gradeBand: '3-8', schoolYear: '2026-2027' },
      owner.store,
    );
    const [ana] = await addStudents(room.id, ['Ana'], owner.store);
    await syncOnce(owner);
    // Her own class, with a student made under the id of the owner's student (a copied backup, say).
    const hers = await createClass({ name: 'My group', gradeBand: '3-8', schoolYear: '2026-2027' }, co.store);
    await mutate(co.store, ['students'], (write) =>
      write.put('students', ana?.id as string, {
        classId: hers.id,
        name: 'Copied Ana',
        archived: 0,
        position: 0,
        deleted: 0,
      }),
    );
    const [ben] = await addStudents(hers.id, ['Ben'], co.store);
    const summary = await syncOnce(co);
    expect(summary.parked).toBeGreaterThan(0);
    expect(await pendingCount(co.store)).toBe(0);
    const parked = await parkedChanges(co.store);
    expect(parked.every((p) => p.row === ana?.id)).toBe(true);
    expect(parked[0]?.reason).toMatch(
      /^(the name of )?the student Copied Ana was not synced: it clashes with a record the sync server already keeps in a class that is not yours to change/,
    );
    expect(parked[0]?.reason).not.toMatch(/\bid\b|students \(|classId/);
    // Everything else of hers was acknowledged (Ben is not set aside); the owner's Ana is untouched.
    await syncOnce(owner);
    expect((await owner.store.db.students.get(ana?.id as string))?.name).toBe('Ana');
    expect(parked.some((p) => p.row === ben?.id)).toBe(false);
  });
});
