// Seed 002's Assessment Notes column and seed 001's peer conferences, over the real data layer
// (fake-indexeddb); their search; and the child's goal, a field older devices never send.
import { describe, expect, it } from 'vitest';
import { applyRemoteChanges } from '../../src/data/apply.ts';
import {
  addAssessment,
  assessmentsOf,
  assessmentsOfClass,
  deleteAssessment,
  peersOf,
  planPeerConference,
} from '../../src/data/assessments.ts';
import {
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  pendingChanges,
} from '../../src/data/index.ts';
import { matchingAssessments } from '../../src/features/search/searchNotes.ts';
import { freshStore } from './helpers.ts';

async function classOf(names: string[]) {
  const store = freshStore();
  const klass = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
  const students = await addStudents(klass.id, names, store);
  return { store, klass, ids: students.map((s) => s.id) as [string, string, string] };
}

describe('assessment notes', () => {
  it('keeps dated observations per student, newest first, synced like any record, deletable', async () => {
    const { store, klass, ids } = await classOf(['Ana', 'Ben', 'Cy']);
    const [ana, ben] = ids;
    await addAssessment(
      { classId: klass.id, studentId: ana, text: 'Uses dialogue to show feelings', on: '2026-11-02' },
      store,
    );
    const later = await addAssessment(
      { classId: klass.id, studentId: ana, text: 'Paragraphs by time', on: '2026-11-20' },
      store,
    );
    await addAssessment(
      { classId: klass.id, studentId: ben, text: 'Stretches words to spell', on: '2026-11-10' },
      store,
    );
    expect((await assessmentsOf(ana, store)).map((a) => a.text)).toEqual([
      'Paragraphs by time',
      'Uses dialogue to show feelings',
    ]);
    expect(
      (await pendingChanges(store)).filter((c) => c.table === 'assessments').map((c) => c.field),
    ).toContain('text');
    await deleteAssessment(later.id, store);
    expect((await assessmentsOf(ana, store)).map((a) => a.text)).toEqual(['Uses dialogue to show feelings']);
    expect(await assessmentsOfClass(klass.id, store)).toHaveLength(2);
  });

  it('refuses an empty note or a bad date, writing nothing', async () => {
    const { store, klass, ids } = await classOf(['Ana', 'Ben', 'Cy']);
    await expect(addAssessment({ classId: klass.id, studentId: ids[0], text: '  ' }, store)).rejects.toThrow(
      'The assessment note is empty.',
    );
    await expect(
      addAssessment({ classId: klass.id, studentId: ids[0], text: 'x', on: '2026-13' }, store),
    ).rejects.toThrow('Choose a date.');
    await expect(
      addAssessment({ classId: klass.id, studentId: ids[0], text: 'x'.repeat(10_001) }, store),
    ).rejects.toThrow(/Nothing was saved/);
    expect(await assessmentsOfClass(klass.id, store)).toEqual([]);
  });

  it('is found by search with the words, the student and the dates', () => {
    const notes = [
      { id: 'a', studentId: 'ana', on: '2026-11-02', text: 'Uses dialogue to show feelings' },
      { id: 'b', studentId: 'ben', on: '2026-11-10', text: 'Stretches words to spell' },
      { id: 'c', studentId: 'ana', on: '2026-11-20', text: 'Paragraphs by time' },
    ];
    const names = new Map([
      ['ana', 'Ana Lima'],
      ['ben', 'Ben Okafor'],
    ]);
    expect(matchingAssessments(notes, { text: 'DIALOGUE' }, names).map((n) => n.id)).toEqual(['a']);
    expect(matchingAssessments(notes, { text: 'lima' }, names).map((n) => n.id)).toEqual(['c', 'a']);
    expect(matchingAssessments(notes, { studentId: 'ben' }, names).map((n) => n.id)).toEqual(['b']);
    expect(
      matchingAssessments(notes, { from: '2026-11-05', to: '2026-11-15' }, names).map((n) => n.id),
    ).toEqual(['b']);
    // A conference's own filters match no assessment note.
    expect(matchingAssessments(notes, { type: 'content' }, names)).toEqual([]);
  });
});

describe('peer conferences', () => {
  it('shows a planned peer conference on both children, and refuses a child with herself', async () => {
    const { store, klass, ids } = await classOf(['Ana', 'Ben', 'Cy']);
    const [ana, ben, cy] = ids;
    await planPeerConference(
      { classId: klass.id, studentIds: [ana, ben], about: 'Read the lead aloud', on: '2026-11-24' },
      store,
    );
    expect((await peersOf(ana, store)).map((p) => p.about)).toEqual(['Read the lead aloud']);
    expect((await peersOf(ben, store)).map((p) => p.studentIds)).toEqual([[ana, ben]]);
    expect(await peersOf(cy, store)).toEqual([]);
    await expect(
      planPeerConference({ classId: klass.id, studentIds: [cy, cy], about: '' }, store),
    ).rejects.toThrow('Choose the peer: another student.');
  });
});

describe('the child’s goal, asked first', () => {
  it('is saved with the conference, and a conference from an older device without it is still shown', async () => {
    const { store, klass, ids } = await classOf(['Ana', 'Ben', 'Cy']);
    const saved = await logConference(
      { ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ids[0]], childGoal: 'To finish my story' },
      store,
    );
    expect((await store.db.conferences.get(saved.id))?.childGoal).toBe('To finish my story');

    // An older device pushed a conference without the field: once its other fields are here, it is shown
    // here with an empty child's goal.
    const fields = {
      ...EMPTY_CONFERENCE,
      classId: klass.id,
      studentIds: [ids[1]],
      at: '2026-11-20T09:00:00.000Z',
      deleted: 0,
    };
    const { childGoal: _absent, ...older } = fields;
    let version = 0;
    const changes = Object.entries(older).map(([field, value]) => ({
      table: 'conferences' as const,
      row: 'older-1',
      field,
      value: value as never,
      hlc: `2026-11-20T09:00:00.000Z-${String(++version).padStart(4, '0')}-00000000000000b2`,
      version,
    }));
    await applyRemoteChanges(store, changes, String(version));
    const older1 = await store.db.conferences.get('older-1');
    expect(older1?.studentIds).toEqual([ids[1]]);
    expect(older1?.childGoal).toBe('');
  });
});
