// Never lose a note (2, 4, 5): answers that are not the sync server's are never taken for an
// acknowledgement; one oversized or refused change is set aside and the rest syncs; pulls are paged by
// bytes, and no record is ever visible half-arrived.
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  isWhole,
  logConference,
  parkedChanges,
  pendingCount,
} from '../../src/data/index.ts';
import { retryParked } from '../../src/data/parking.ts';
import { mutate } from '../../src/data/write.ts';
import type { PullRequest, PullResponse } from '../../src/protocol/types.ts';
import { pullAll, syncOnce } from '../../src/sync/engine.ts';
import {
  type FetchLike,
  HttpTransport,
  NotSyncServerError,
  WEB_PAGE_ANSWER,
} from '../../src/sync/transport.ts';
import { expectNoNotesLost, type SavedText } from '../lost.ts';
import {
  type Device,
  makeDevices,
  PassThroughTransport,
  syncAll,
  useInProcessServer,
} from './syncHarness.ts';

const server = useInProcessServer();

async function classWithNotes(device: Device, notes: string[]) {
  const klass = await createClass(
    { name: 'Room 4', gradeBand: 'K-2', schoolYear: '2026-2027' },
    device.store,
  );
  const [ana] = await addStudents(klass.id, ['Ana'], device.store);
  const saved: SavedText[] = [];
  for (const note of notes) {
    const made = await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note },
      device.store,
    );
    saved.push({ table: 'conferences', row: made.id, field: 'note', text: note });
  }
  return { klass, ana, saved };
}

const portalPage = '<!doctype html><html><body>Sign in to SchoolNet Wi-Fi</body></html>';

/** A school network that answers every API call itself, as a captive portal or web filter does. */
function portal(status = 200, type = 'text/html; charset=utf-8', body = portalPage): FetchLike {
  return () => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } }));
}

describe('an answer that is not the sync server', () => {
  it.each([
    ['a Wi-Fi sign-in page (200, HTML)', portal()],
    ['a filter that answers JSON of its own', portal(200, 'application/json', '{"version":7}')],
    ['a proxy that answers 200 with nothing', portal(200, 'application/json', '')],
    ['a redirect to a sign-in page', portal(302, 'text/html', '')],
  ])('%s: never an acknowledgement, the outbox is kept', async (_label, fetcher) => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const { saved } = await classWithNotes(ipad, ['Ana rereads to find the heart of her story']);
    const waiting = await pendingCount(ipad.store);
    const behindPortal = { ...ipad, transport: new HttpTransport('http://sync.test', fetcher) };
    await expect(syncOnce(behindPortal)).rejects.toBeInstanceOf(NotSyncServerError);
    expect(await pendingCount(ipad.store)).toBe(waiting);

    // Back on the real network, everything goes.
    await syncAll([ipad, laptop], 1);
    expect(await pendingCount(ipad.store)).toBe(0);
    await expectNoNotesLost('captive portal, then the real server', saved, [ipad.store, laptop.store]);
  });

  it('says in words that a pull was answered by a web page', async () => {
    const [ipad] = (await makeDevices(server().transport, 1)) as [Device];
    const behindPortal = { ...ipad, transport: new HttpTransport('http://sync.test', portal()) };
    await expect(pullAll(behindPortal)).rejects.toThrow(WEB_PAGE_ANSWER);
    expect(WEB_PAGE_ANSWER).toMatch(/web page, not the sync server — a Wi-Fi sign-in page\?/);
  });

  it('refuses a malformed pull page and applies nothing of it', async () => {
    const [ipad] = (await makeDevices(server().transport, 1)) as [Device];
    const page = JSON.stringify({
      changes: [
        { table: 'conferences', row: 'x', field: 'note', value: 'hi', hlc: 'not a stamp', version: 1 },
      ],
      cursor: '1',
      hasMore: false,
    });
    const broken = {
      ...ipad,
      transport: new HttpTransport('http://sync.test', portal(200, 'application/json', page)),
    };
    await expect(pullAll(broken)).rejects.toBeInstanceOf(NotSyncServerError);
    expect(await ipad.store.db.conferences.count()).toBe(0);
    expect(await ipad.store.db.meta.get('syncCursor')).toBeUndefined();
  });
});

describe('one oversized or refused change never blocks the queue', () => {
  it('sets aside a change too large for any request, with words naming the note, and syncs the rest', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const { klass, ana, saved } = await classWithNotes(ipad, ['before the big one']);
    // A note pasted from somewhere, 5 MB: more than one request may carry (an older app had no limit).
    const big = await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana?.id as string], note: 'placeholder' },
      ipad.store,
    );
    await mutate(ipad.store, ['conferences'], (write) =>
      write.update('conferences', big.id, { note: 'x'.repeat(5 * 1024 * 1024) }),
    );
    const after = await classWithNotes(ipad, ['after the big one']);
    await syncAll([ipad, laptop], 1);

    const parked = await parkedChanges(ipad.store);
    expect(parked).toHaveLength(1);
    expect(parked[0]?.reason).toMatch(
      /^the note of the conference with Ana \(.+\) was not synced: it is larger than 256 KB\.$/,
    );
    expect(await pendingCount(ipad.store)).toBe(0);
    // The big text is still on the iPad; everything else reached the laptop.
    expect((await ipad.store.db.conferences.get(big.id))?.note).toHaveLength(5 * 1024 * 1024);
    await expectNoNotesLost('oversized note', [...saved, ...after.saved], [ipad.store, laptop.store]);
  });

  it('sets aside a change the server refuses, naming it, and sends the rest', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const { saved } = await classWithNotes(ipad, ['first note', 'second note']);
    // A poisoned change: a row key with a control character, which the server refuses.
    await mutate(ipad.store, ['students'], (write) =>
      write.put('students', 'bad\u0001key', {
        classId: 'k',
        name: 'Broken import',
        archived: 0,
        position: 0,
        deleted: 0,
      }),
    );
    const later = await classWithNotes(ipad, ['third note']);
    await syncAll([ipad, laptop], 1);
    const parked = await parkedChanges(ipad.store);
    expect(parked.length).toBeGreaterThan(0);
    expect(parked.every((p) => p.row === 'bad\u0001key')).toBe(true);
    expect(parked[0]?.reason).toMatch(
      /^the student Broken import was not synced: the sync server refused it \(.*row key/,
    );
    expect(await pendingCount(ipad.store)).toBe(0);
    await expectNoNotesLost('refused change', [...saved, ...later.saved], [ipad.store, laptop.store]);

    // Try again puts it back in the queue; the server still refuses it, so it is set aside again.
    await retryParked(parked[0]?.seq as number, ipad.store);
    expect(await pendingCount(ipad.store)).toBe(1);
    await syncOnce(ipad);
    expect(await pendingCount(ipad.store)).toBe(0);
    expect(await parkedChanges(ipad.store)).toHaveLength(parked.length);
  });
});

describe('pulls are paged by bytes, and no record shows half-arrived', () => {
  it('a large account arrives in pages of about a megabyte', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const long = (i: number) => `${i} ${'Ana told me about her dog. '.repeat(300)}`;
    const { saved } = await classWithNotes(
      ipad,
      Array.from({ length: 300 }, (_, i) => long(i)),
    );
    await syncOnce(ipad);
    const pages: number[] = [];
    class Measuring extends PassThroughTransport {
      override async pull(token: string, request: PullRequest): Promise<PullResponse> {
        const page = await super.pull(token, request);
        pages.push(JSON.stringify(page).length);
        return page;
      }
    }
    await syncOnce({ ...laptop, transport: new Measuring(laptop.transport) });
    expect(pages.length).toBeGreaterThan(2);
    expect(Math.max(...pages)).toBeLessThan(1.5 * 1024 * 1024);
    await expectNoNotesLost('byte-paged pull', saved, [laptop.store]);
  });

  it('a record split across pages is never visible until whole', async () => {
    const [ipad, laptop] = (await makeDevices(server().transport, 2)) as [Device, Device];
    const { saved } = await classWithNotes(ipad, ['one', 'two', 'three', 'four']);
    await syncOnce(ipad);
    let checks = 0;
    class Checking extends PassThroughTransport {
      override async pull(token: string, request: PullRequest): Promise<PullResponse> {
        // Between pages: every record a screen could read is whole.
        for (const c of await laptop.store.db.conferences.toArray()) {
          expect(isWhole('conferences', c)).toBe(true);
          expect(Array.isArray(c.studentIds)).toBe(true);
        }
        checks += 1;
        return super.pull(token, request);
      }
    }
    await pullAll({ ...laptop, transport: new Checking(laptop.transport), sizes: { pullPage: 5 } });
    expect(checks).toBeGreaterThan(10);
    expect(await laptop.store.db.incoming.count()).toBe(0);
    expect(await laptop.store.db.conferences.count()).toBe(4);
    await expectNoNotesLost('records split across pages', saved, [laptop.store]);
  });
});
