// Three accounts, two of them sharing a class: whatever the offline edits and the order of syncs, every
// device ends with the same data for what it may read (the owner's two devices: everything of hers; the
// co-teacher: the shared class, exactly as the owner has it) and never holds anything else. No note that a
// device handed over is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  openConflicts,
  pendingChanges,
  updateConference,
} from '../../src/data/index.ts';
import { mutate } from '../../src/data/write.ts';
import { SYNCED_TABLES } from '../../src/protocol/types.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import type { HttpTransport } from '../../src/sync/transport.ts';
import { type Device, makeDevices, snapshot, syncAll, useInProcessServer } from './syncHarness.ts';

const server = useInProcessServer();

type Action =
  | { kind: 'note'; device: number; target: number; text: string }
  | { kind: 'log'; device: number; where: number }
  | { kind: 'sync'; device: number }
  // The co-teacher writes, in the shared class, a student under the id of the owner's private one.
  | { kind: 'shadow' }
  // The third teacher makes a class under the id of the owner's private class.
  | { kind: 'collide' };

// Devices: 0 and 1 the owner's iPad and laptop, 2 the co-teacher's iPad, 3 the third teacher's.
const word = fc.stringMatching(/^[a-z]{3,8}$/);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('note' as const),
      device: fc.nat(2),
      target: fc.nat(1),
      text: word,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('log' as const), device: fc.nat(3), where: fc.nat(1) }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), device: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('shadow' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('collide' as const) }) },
);

/** A snapshot without the records this device keeps to itself (set aside: the server refused them). */
async function withoutSetAside(device: Device, all: Snapshot): Promise<Snapshot> {
  const aside = new Set((await device.store.db.parked.toArray()).map((p) => `${p.table}/${p.row}`));
  const kept: Snapshot = {};
  for (const [table, rows] of Object.entries(all))
    kept[table] = rows.filter((r) => !aside.has(`${table}/${r.id}`));
  return kept;
}

type Snapshot = Record<string, { id: string; classId?: string; conferenceId?: string; row?: string }[]>;

/** The records of one class in a snapshot (its row, its rows, its conferences' recordings, reflections and conflicts). */
function classPart(all: Snapshot, classId: string): Snapshot {
  const conferenceIds = new Set(
    (all.conferences ?? []).filter((c) => c.classId === classId).map((c) => c.id),
  );
  const ids = new Set<string>([classId]);
  const part: Snapshot = {};
  for (const table of SYNCED_TABLES) {
    if (table === 'conflicts') continue;
    part[table] = (all[table] ?? []).filter(
      (r) =>
        (table === 'classes' && r.id === classId) ||
        r.classId === classId ||
        (table === 'attachments' && conferenceIds.has(String(r.conferenceId))) ||
        (table === 'reflections' && conferenceIds.has(r.id)),
    );
    for (const r of part[table] ?? []) ids.add(r.id);
  }
  part.conflicts = (all.conflicts ?? []).filter((c) => ids.has(String(c.row)));
  return part;
}

const classIdsIn = (all: Snapshot) =>
  new Set([
    ...(all.classes ?? []).map((c) => c.id),
    ...SYNCED_TABLES.flatMap((t) => (all[t] ?? []).map((r) => r.classId).filter((c) => c !== undefined)),
  ]);

async function share(owner: Device, member: Device, classId: string) {
  const http = owner.transport as HttpTransport;
  const { code } = await http.invite(owner.token, classId, member.email, 'coteacher');
  await http.acceptInvitation(member.token, code);
}

describe('sharing convergence (property)', () => {
  it('three accounts, two sharing a class: each device converges on what it may read and never sees the rest', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 20 }), async (actions) => {
        const owner = await makeDevices(server().transport, 2);
        const [coteacher] = await makeDevices(server().transport, 1);
        const [third] = await makeDevices(server().transport, 1);
        const devices = [...owner, coteacher, third] as Device[];
        const [ipad] = owner as [Device];
        const shared = await createClass(
          { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
          ipad.store,
        );
        const own = await createClass(
          { name: 'Intervention', gradeBand: '3-8', schoolYear: '2026-2027' },
          ipad.store,
        );
        const theirs = await createClass(
          { name: 'Room 3', gradeBand: 'K-2', schoolYear: '2026-2027' },
          (third as Device).store,
        );
        const [ana] = await addStudents(shared.id, ['Ana'], ipad.store);
        const [ben] = await addStudents(own.id, ['Ben'], ipad.store);
        const [cy] = await addStudents(theirs.id, ['Cy'], (third as Device).store);
        const start = [
          await logConference(
            { ...EMPTY_CONFERENCE, classId: shared.id, studentIds: [ana?.id as string], note: 'start' },
            ipad.store,
          ),
          await logConference(
            { ...EMPTY_CONFERENCE, classId: shared.id, studentIds: [ana?.id as string], note: 'start' },
            ipad.store,
          ),
        ];
        await syncAll(devices, 1);
        await share(ipad, coteacher as Device, shared.id);
        await syncAll(devices, 1);

        const texts = new Set<string>();
        // Each pending note's latest text (an earlier text she typed over on the same device is not a loss).
        const handedOver = async (device: Device) => {
          const latest = new Map<string, string>();
          for (const c of await pendingChanges(device.store))
            if (c.table === 'conferences' && c.field === 'note')
              latest.set(c.row, `${c.row}:${String(c.value)}`);
          for (const text of latest.values()) texts.add(text);
        };
        for (const a of actions) {
          const device = devices['device' in a ? a.device : 0] as Device;
          if (a.kind === 'sync') {
            await handedOver(device);
            await syncOnce(device);
          } else if (a.kind === 'shadow') {
            await mutate((coteacher as Device).store, ['students'], (write) =>
              write.put('students', ben?.id as string, {
                classId: shared.id,
                name: 'Not Ben',
                archived: 0,
                position: 5,
                deleted: 0,
              }),
            );
          } else if (a.kind === 'collide') {
            await mutate((third as Device).store, ['classes'], (write) =>
              write.put('classes', own.id, {
                name: 'Taken id',
                gradeBand: 'K-2',
                schoolYear: '2026-2027',
                archived: 0,
                position: 1,
                deleted: 0,
              }),
            );
          } else if (a.kind === 'note') {
            const id = start[a.target]?.id as string;
            const row = await device.store.db.conferences.get(id);
            if (row) {
              for (const t of [...texts]) if (t === `${id}:${row.note}`) texts.delete(t);
              await updateConference(id, { note: `${a.text} (${a.device})` }, device.store);
            }
          } else {
            // The owner logs in either of her classes, the co-teacher in the shared one, the third in hers.
            const [classId, student] =
              a.device === 3
                ? [theirs.id, cy]
                : a.device === 2 || a.where === 0
                  ? [shared.id, ana]
                  : [own.id, ben];
            await logConference(
              {
                ...EMPTY_CONFERENCE,
                classId,
                studentIds: [student?.id as string],
                note: `new by ${a.device}`,
              },
              device.store,
            );
          }
        }
        for (const device of devices) await handedOver(device);
        await syncAll(devices, 3);

        const [ownerIpad, ownerLaptop, co, other] = (await Promise.all(
          devices.map(async (d) => withoutSetAside(d, (await snapshot(d)) as Snapshot)),
        )) as [Snapshot, Snapshot, Snapshot, Snapshot];
        // Her private student and class are hers alone, unchanged, whatever ids the others wrote.
        for (const snap of [ownerIpad, ownerLaptop]) {
          expect(snap.students?.find((r) => r.id === ben?.id)).toMatchObject({
            classId: own.id,
            name: 'Ben',
          });
          expect(snap.classes?.find((r) => r.id === own.id)).toMatchObject({ name: 'Intervention' });
        }
        for (const snap of [co, other]) {
          expect(snap.students?.some((r) => r.id === ben?.id)).toBe(false);
          expect(snap.classes?.some((r) => r.id === own.id)).toBe(false);
        }
        expect(ownerLaptop).toEqual(ownerIpad);
        expect(classPart(co, shared.id)).toEqual(classPart(ownerIpad, shared.id));
        expect([...classIdsIn(co)].sort()).toEqual([shared.id]);
        expect([...classIdsIn(other)].sort()).toEqual([theirs.id]);
        expect([...classIdsIn(ownerIpad)].sort()).toEqual([shared.id, own.id].sort());
        for (const device of devices) expect(await pendingChanges(device.store)).toEqual([]);
        // Every conference carries who logged it, the same on every device that reads it.
        for (const c of (ownerIpad.conferences ?? []) as { loggedBy?: unknown; classId: string }[])
          if (c.classId === shared.id)
            expect(c.loggedBy).toEqual({ id: expect.any(String), name: expect.any(String) });
        // No note a device handed over is lost: it is the final text or a kept conflict.
        const kept = new Set<string>();
        for (const snap of [ownerIpad, co, other])
          for (const c of (snap.conferences ?? []) as { id: string; note: string }[])
            kept.add(`${c.id}:${c.note}`);
        for (const device of devices)
          for (const c of await openConflicts(device.store)) kept.add(`${c.row}:${String(c.lostValue)}`);
        for (const text of texts) expect(kept.has(text), `lost: ${text}`).toBe(true);
      }),
      {
        numRuns: 15,
        examples: [
          [
            [
              { kind: 'shadow' },
              { kind: 'collide' },
              { kind: 'sync', device: 2 },
              { kind: 'sync', device: 3 },
            ],
          ],
          [
            [
              { kind: 'note', device: 2, target: 0, text: 'aaa' },
              { kind: 'note', device: 0, target: 0, text: 'aaa' },
            ],
          ],
        ],
      },
    );
  }, 180_000);
});
