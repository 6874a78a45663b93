// Devices that make any offline edits, in any order and interleaving of syncs, end with identical data,
// and no note is lost: text that lost a same-field race is in some device's conflicts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  deleteConference,
  EMPTY_CONFERENCE,
  logConference,
  openConflicts,
  pendingChanges,
  renameStudent,
  updateConference,
} from '../../src/data/index.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { type Device, makeDevices, snapshot, syncAll, useInProcessServer } from './syncHarness.ts';

const server = useInProcessServer();

type Action =
  | { kind: 'note'; device: number; target: number; text: string }
  | { kind: 'log'; device: number; student: number }
  | { kind: 'delete'; device: number; target: number }
  | { kind: 'rename'; device: number; student: number; name: string }
  | { kind: 'sync'; device: number };

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
    arbitrary: fc.record({ kind: fc.constant('log' as const), device: fc.nat(2), student: fc.nat(2) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), target: fc.nat(1) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      device: fc.nat(2),
      student: fc.nat(2),
      name: word,
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), device: fc.nat(2) }) },
);

/** Each pending note's latest text on this device (an earlier text she typed over is not a loss). */
async function handedOver(device: Device): Promise<string[]> {
  const latest = new Map<string, string>();
  for (const change of await pendingChanges(device.store)) {
    if (change.table === 'conferences' && change.field === 'note')
      latest.set(change.row, `${change.row}:${String(change.value)}`);
  }
  return [...latest.values()];
}

async function shared(devices: Device[]) {
  const [first] = devices as [Device];
  const klass = await createClass(
    { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
    first.store,
  );
  const students = await addStudents(klass.id, ['Ana', 'Ben', 'Cy'], first.store);
  const conferences = [
    await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [students[0]?.id as string], note: 'start' },
      first.store,
    ),
    await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [students[1]?.id as string], note: 'start' },
      first.store,
    ),
  ];
  await syncAll(devices, 1);
  return { klass, students, conferences };
}

describe('sync convergence (property)', () => {
  it('three devices converge to identical data with no note lost, whatever the edits and sync order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        const devices = await makeDevices(server().transport, 3);
        const { klass, students, conferences } = await shared(devices);
        const logged: string[] = conferences.map((c) => c.id);
        const deleted = new Set<string>();
        const texts = new Set<string>();
        for (const a of actions) {
          const device = devices[a.device] as Device;
          if (a.kind === 'sync') {
            // What this device is about to hand over: its pending note texts must survive somewhere.
            for (const text of await handedOver(device)) texts.add(text);
            await syncOnce(device);
          } else if (a.kind === 'note') {
            const id = conferences[a.target]?.id as string;
            const row = await device.store.db.conferences.get(id);
            if (row && row.deleted === 0) {
              // She sees this text and types over it: replaced on purpose, not lost.
              texts.delete(`${id}:${row.note}`);
              await updateConference(id, { note: `${a.text} (${device.name})` }, device.store);
            }
          } else if (a.kind === 'log') {
            const made = await logConference(
              {
                ...EMPTY_CONFERENCE,
                classId: klass.id,
                studentIds: [students[a.student]?.id as string],
                note: `new by ${device.name}`,
              },
              device.store,
            );
            logged.push(made.id);
          } else if (a.kind === 'delete') {
            const id = conferences[a.target]?.id as string;
            deleted.add(id);
            await deleteConference(id, device.store);
          } else {
            await renameStudent(students[a.student]?.id as string, `${a.name} ${device.name}`, device.store);
          }
        }
        for (const device of devices) {
          for (const text of await handedOver(device)) texts.add(text);
        }
        await syncAll(devices, 2);

        const [first, ...others] = await Promise.all(devices.map(snapshot));
        for (const other of others) expect(other).toEqual(first);
        for (const device of devices) expect(await pendingChanges(device.store)).toEqual([]);
        // Every logged conference is on every device (deleted only if a delete was made).
        const rows = new Map(
          ((first?.conferences ?? []) as { id: string; deleted: number; note: string }[]).map((c) => [
            c.id,
            c,
          ]),
        );
        for (const id of logged) {
          expect(rows.has(id)).toBe(true);
          expect(rows.get(id)?.deleted).toBe(deleted.has(id) ? 1 : 0);
        }
        // No note text handed over by a device is lost: it is the final text or kept in a conflicts store.
        const kept = new Set<string>();
        for (const row of rows.values()) kept.add(`${row.id}:${row.note}`);
        for (const device of devices)
          for (const c of await openConflicts(device.store)) kept.add(`${c.row}:${String(c.lostValue)}`);
        for (const text of texts) expect(kept.has(text), `lost: ${text}`).toBe(true);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
