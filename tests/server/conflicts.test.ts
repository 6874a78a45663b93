// Two devices change the same note offline: the newer text wins everywhere, the other is kept, and
// restoring it makes it the note on every device.
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  dismissConflict,
  EMPTY_CONFERENCE,
  logConference,
  openConflicts,
  restoreConflict,
  updateConference,
} from '../../src/data/index.ts';
import { syncOnce } from '../../src/sync/engine.ts';
import { KINDS } from './servers.ts';
import { type Device, makeDevices, snapshot, syncAll, useInProcessServer } from './syncHarness.ts';

/** The devices' wall clock, moved by hand: the laptop's edit is a second after the iPad's. */
let wall = Date.now() - 60_000;
const clock = () => wall;

describe.each(KINDS)('text changed on two devices, on %s', (kind) => {
  const server = useInProcessServer(kind);

  it('keeps the losing text, and restoring it syncs it everywhere', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2, clock)) as [Device, Device];
    const klass = await createClass(
      { name: 'Room 12', gradeBand: '3-8', schoolYear: '2026-2027' },
      ipad.store,
    );
    const [ana] = await addStudents(klass.id, ['Ana'], ipad.store);
    const note = await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'first' },
      ipad.store,
    );
    await syncAll([ipad, laptop], 1);

    await updateConference(note.id, { note: 'Written on the iPad' }, ipad.store);
    wall += 1000;
    await updateConference(note.id, { note: 'Written on the laptop, later' }, laptop.store);
    await syncOnce(ipad);
    await syncOnce(laptop);
    await syncOnce(ipad);

    for (const device of [ipad, laptop]) {
      expect((await device.store.db.conferences.get(note.id))?.note).toBe('Written on the laptop, later');
    }
    const kept = await openConflicts(laptop.store);
    expect(kept.map((c) => [c.table, c.row, c.field, c.lostValue])).toEqual([
      ['conferences', note.id, 'note', 'Written on the iPad'],
    ]);

    await restoreConflict(kept[0]?.id as string, laptop.store);
    expect(await openConflicts(laptop.store)).toEqual([]);
    await syncAll([laptop, ipad], 1);
    for (const device of [ipad, laptop]) {
      expect((await device.store.db.conferences.get(note.id))?.note).toBe('Written on the iPad');
    }
    expect(await snapshot(ipad)).toEqual(await snapshot(laptop));
  });

  it('dismissing a kept text removes it from the list and changes no note', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2, clock)) as [Device, Device];
    const klass = await createClass(
      { name: 'Room 9', gradeBand: 'K-2', schoolYear: '2026-2027' },
      ipad.store,
    );
    const [ben] = await addStudents(klass.id, ['Ben'], ipad.store);
    const note = await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ben?.id as string] },
      ipad.store,
    );
    await syncAll([ipad, laptop], 1);
    await updateConference(note.id, { nextStep: 'iPad step' }, ipad.store);
    wall += 1000;
    await updateConference(note.id, { nextStep: 'laptop step' }, laptop.store);
    await syncOnce(ipad);
    await syncOnce(laptop);
    const [kept] = await openConflicts(laptop.store);
    expect(kept?.lostValue).toBe('iPad step');
    await dismissConflict(kept?.id as string, laptop.store);
    expect(await openConflicts(laptop.store)).toEqual([]);
    expect((await laptop.store.db.conferences.get(note.id))?.nextStep).toBe('laptop step');
  });
});
