// Never lose a note (1): a same-field edit on two or three devices keeps the losing text, whatever the
// timing: in turn, together, the explicit race (B pulls, A syncs fully, B's push lands), and a large
// outbox pushed in several batches with another device's write landing between them. Then a property
// over random interleavings of pulls, pushes and edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  openConflicts,
  updateConference,
} from '../../src/data/index.ts';
import { pullAll, pushAll, syncOnce } from '../../src/sync/engine.ts';
import { expectNoNotesLost, notesLost, type SavedText } from '../lost.ts';
import { type Device, makeDevices, snapshot, syncAll, useInProcessServer } from './syncHarness.ts';

const server = useInProcessServer();

async function sharedNote(devices: Device[]) {
  const [first] = devices as [Device];
  const klass = await createClass(
    { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
    first.store,
  );
  const [ana] = await addStudents(klass.id, ['Ana'], first.store);
  const note = await logConference(
    { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'start' },
    first.store,
  );
  await syncAll(devices, 1);
  return note.id;
}

const noteText = (row: string, text: string): SavedText => ({
  table: 'conferences',
  row,
  field: 'note',
  text,
});

describe('text changed on two devices keeps the losing text', () => {
  const orders: [string, (a: Device, b: Device) => Promise<void>][] = [
    [
      'in turn',
      async (a, b) => {
        await syncOnce(a);
        await syncOnce(b);
      },
    ],
    ['together', async (a, b) => void (await Promise.all([syncOnce(a), syncOnce(b)]))],
    [
      'the race: B pulls, A syncs fully, then B pushes',
      async (a, b) => {
        await pullAll(b);
        await syncOnce(a);
        await pushAll(b);
      },
    ],
    [
      'the race the other way: A pulls, B syncs fully, then A pushes',
      async (a, b) => {
        await pullAll(a);
        await syncOnce(b);
        await pushAll(a);
      },
    ],
  ];

  it.each(orders)('%s', async (label, order) => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const row = await sharedNote([ipad, laptop]);
    await updateConference(row, { note: 'Written on the iPad' }, ipad.store);
    await updateConference(row, { note: 'Written on the laptop' }, laptop.store);
    await order(ipad, laptop);
    await syncAll([ipad, laptop], 2);

    expect(await snapshot(ipad)).toEqual(await snapshot(laptop));
    for (const device of [ipad, laptop]) expect(await openConflicts(device.store)).toHaveLength(1);
    await expectNoNotesLost(
      `conflict, ${label}`,
      [noteText(row, 'Written on the iPad'), noteText(row, 'Written on the laptop')],
      [ipad.store, laptop.store],
    );
  });

  it('a large outbox pushed in several batches, with another device writing between them', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const row = await sharedNote([ipad, laptop]);
    // The iPad was offline all week: its edit of the shared note sits among many other changes.
    const klass = (await ipad.store.db.classes.toArray())[0];
    const [ben] = await addStudents(klass?.id as string, ['Ben'], ipad.store);
    for (let i = 0; i < 20; i++)
      await logConference(
        {
          ...EMPTY_CONFERENCE,
          classId: klass?.id as string,
          studentIds: [ben?.id as string],
          note: `week ${i}`,
        },
        ipad.store,
      );
    await updateConference(row, { note: 'iPad, end of the week' }, ipad.store);
    await updateConference(row, { note: 'laptop, Friday' }, laptop.store);

    const small = { ...ipad, sizes: { pushBatch: 40 } };
    await pullAll(small);
    // The iPad's first batches go; then the laptop syncs fully; then the rest of the iPad's batches.
    const first = await ipad.store.db.outbox.orderBy('seq').limit(40).toArray();
    await ipad.transport.push(ipad.token, {
      deviceId: ipad.deviceId,
      changes: first.map(({ table, row, field, value, hlc, baseHlc }) => ({
        table,
        row,
        field,
        value: value as never,
        hlc,
        baseHlc,
      })),
    });
    await ipad.store.db.outbox.bulkDelete(first.map((c) => c.seq as number));
    await syncOnce(laptop);
    await pushAll(small);
    await syncAll([ipad, laptop], 2);

    expect(await snapshot(ipad)).toEqual(await snapshot(laptop));
    await expectNoNotesLost(
      'conflict, outbox in several batches',
      [noteText(row, 'iPad, end of the week'), noteText(row, 'laptop, Friday')],
      [ipad.store, laptop.store],
    );
  });
});

type Step =
  | { kind: 'edit'; device: number; text: string }
  | { kind: 'pull'; device: number }
  | { kind: 'push'; device: number }
  | { kind: 'sync'; device: number };

function steps(devices: number): fc.Arbitrary<Step[]> {
  const device = fc.nat(devices - 1);
  return fc.array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({
          kind: fc.constant('edit' as const),
          device,
          text: fc.stringMatching(/^[a-z]{3,6}$/),
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull' as const), device }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('push' as const), device }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
    ),
    { minLength: 2, maxLength: 24 },
  );
}

describe('no text is ever lost, whatever the interleaving (property)', () => {
  it.each([2, 3])(
    '%i devices: every saved text is the note or a kept conflict on every device',
    async (count) => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(steps(count), async (plan) => {
          const devices = await makeDevices(server().transport, count);
          const row = await sharedNote(devices);
          // Every text she typed; one she typed over on the same device (she saw it) is replaced, not lost.
          const saved = new Map<string, SavedText>();
          let n = 0;
          for (const step of plan) {
            const device = devices[step.device] as Device;
            if (step.kind === 'edit') {
              const before = (await device.store.db.conferences.get(row))?.note as string;
              saved.delete(before);
              const text = `${step.text} ${++n} (${device.name})`;
              await updateConference(row, { note: text }, device.store);
              saved.set(text, noteText(row, text));
            } else if (step.kind === 'pull') await pullAll(device);
            else if (step.kind === 'push') await pushAll(device);
            else await syncOnce(device);
          }
          await syncAll(devices, 3);
          const [first, ...others] = await Promise.all(devices.map(snapshot));
          for (const other of others) expect(other).toEqual(first);
          const lost = await notesLost(
            saved.values(),
            devices.map((d) => d.store),
          );
          expect(lost).toEqual([]);
          runs += 1;
        }),
        { numRuns: 25 },
      );
      console.log(`${count} devices, ${runs} random interleavings: 0 notes lost`);
    },
    120_000,
  );
});
