// After the year ends the screens speak of the class archived last, never of "your first class": which
// one that is, read from the real data layer (the stamp of the write that archived it).
import { describe, expect, it } from 'vitest';
import { createClass, listClasses, setClassArchived } from '../../src/data/index.ts';
import { lastArchived } from '../../src/ui/archivedClass.ts';
import { archivedWords } from '../../src/ui/archivedWords.ts';
import { freshStore } from './helpers.ts';

describe('the class archived last', () => {
  it('none before any class, none while a class is open', async () => {
    const store = freshStore();
    expect(lastArchived(await listClasses(store))).toBeNull();
    const room4 = await createClass({ name: 'Room 4', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    await createClass({ name: 'Room 5', gradeBand: '3-8', schoolYear: '2027-2028' }, store);
    await setClassArchived(room4.id, true, store);
    expect(lastArchived(await listClasses(store))).toBeNull();
  });

  it('every class archived: the one whose year ended last, whatever the list order', async () => {
    const store = freshStore();
    const a = await createClass({ name: 'Room 4', gradeBand: '3-8', schoolYear: '2025-2026' }, store);
    const b = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    await setClassArchived(b.id, true, store);
    await setClassArchived(a.id, true, store);
    expect(lastArchived(await listClasses(store))?.name).toBe('Room 4');
    // Brought back and ended again: now it is Room 9.
    await setClassArchived(b.id, false, store);
    await setClassArchived(b.id, true, store);
    expect(lastArchived(await listClasses(store))?.name).toBe('Room 9');
  });

  it('says it is archived, kept, and how to open it again', () => {
    expect(archivedWords({ name: 'Room 4', schoolYear: '2026-2027' })).toMatch(
      /^Room 4 \(2026-2027\) is archived: .*all kept\. Open it again from Classes \(Unarchive\)/,
    );
  });
});
