// At the child's side: one teaching point from a pattern row, the row's goal set with the save, the
// choosers' alphabetical search. Pure functions and the real data layer over fake-indexeddb.
import { describe, expect, it } from 'vitest';
import {
  activeGoalsOf,
  addPattern,
  addStudents,
  createClass,
  EMPTY_CONFERENCE,
  type GoalRecord,
  logConference,
  patternRecords,
  setGoal,
  updateConference,
} from '../../src/data/index.ts';
import { emptyDraft } from '../../src/features/conference/conferenceDraft.ts';
import { withPickedPoint } from '../../src/features/conference/pickPoint.ts';
import { GRADES_3_8_PATTERNS } from '../../src/patterns/grades3to8.ts';
import { K2_PATTERNS } from '../../src/patterns/k2.ts';
import { byTopic, libraryFor } from '../../src/patterns/library.ts';
import { teachingPointsOf } from '../../src/patterns/teachingPoints.ts';
import { findStudents } from '../../src/ui/StudentChooser.tsx';
import { freshStore } from './helpers.ts';

const TRANSITIONS = GRADES_3_8_PATTERNS.find((p) => p.goal === 'Develop repertoire of transitions.');
if (!TRANSITIONS) throw new Error('The transitions row is missing from the 3-8 table.');

describe('a row’s teaching points, one each', () => {
  it('splits a list of short points, and at semicolons outside parentheses and quotes', () => {
    expect(teachingPointsOf(TRANSITIONS.teachingPoints)).toEqual([
      'Time transitions',
      'Paragraphing',
      'Section headings',
      'Topic sentences',
      'Bullets',
    ]);
    expect(
      teachingPointsOf(
        'Strategies for focusing a draft (Ask, “What’s Important?” delete parts; expand parts that are.); writing a focused plan before drafting.',
      ),
    ).toEqual([
      'Strategies for focusing a draft (Ask, “What’s Important?” delete parts; expand parts that are.)',
      'Writing a focused plan before drafting',
    ]);
    expect(
      teachingPointsOf('Reread, stop pause and ask, “What else could I say?”; peer conferring.'),
    ).toEqual(['Reread, stop pause and ask, “What else could I say?”', 'Peer conferring']);
    expect(
      teachingPointsOf('Examples: Talk out piece before drafting; sketch parts of piece before drafting'),
    ).toEqual(['Talk out piece before drafting', 'Sketch parts of piece before drafting']);
  });

  it('keeps one sentence whole, and a list of long items as one point', () => {
    expect(teachingPointsOf('Underline details and say more.')).toEqual(['Underline details and say more']);
    expect(teachingPointsOf('Sounding out words; ask someone else how to spell a word, etc.')).toEqual([
      'Sounding out words',
      'Ask someone else how to spell a word',
    ]);
    // Her own row, one point a line.
    expect(teachingPointsOf('Act it out\nWrite what the bodies do\n\n')).toEqual([
      'Act it out',
      'Write what the bodies do',
    ]);
  });

  it('gives every built-in row at least one point, each under 200 characters', () => {
    for (const p of [...GRADES_3_8_PATTERNS, ...K2_PATTERNS]) {
      const points = teachingPointsOf(p.teachingPoints);
      expect(points.length, p.id).toBeGreaterThan(0);
      for (const point of points) expect(point.length, p.id).toBeLessThan(200);
    }
  });
});

describe('the picker’s headings', () => {
  it('groups the rows in the table’s order, her own rows last', async () => {
    const store = freshStore();
    await addPattern(
      '3-8',
      { see: 'Only dialogue', goal: 'Balance dialogue', teachingPoints: 'Act it out' },
      store,
    );
    const library = libraryFor('3-8', await patternRecords('3-8', store));
    const groups = byTopic(library.visible);
    expect(groups.map((g) => g.topic)).toEqual([
      'Meaning and focus',
      'Structure',
      'Elaboration/craft',
      'Voice',
      'Conventions',
      'Rehearsal: ideas and plans',
      'Revision',
      'Editing',
      'Purpose, genre and audience',
      'Your own patterns',
    ]);
    expect(groups.flatMap((g) => g.patterns).map((p) => p.id)).toEqual(library.visible.map((p) => p.id));
    expect(groups.at(-1)?.patterns.map((p) => p.see)).toEqual(['Only dialogue']);
    expect(byTopic(K2_PATTERNS).map((g) => g.topic)).toContain('Drafting: getting words down');
  });
});

describe('picking one teaching point on the sheet', () => {
  const goal = (studentId: string, text: string): GoalRecord => ({
    id: `goal-${studentId}`,
    classId: 'c',
    studentId,
    text,
    patternId: null,
    setOn: '2026-11-02',
    status: 'working',
    revisitOn: null,
    deleted: 0,
    _clock: {},
  });

  it('fills an empty field with the one point, and ticks the row’s goal', () => {
    const picked = withPickedPoint(
      emptyDraft(0),
      { pattern: TRANSITIONS, point: 'Paragraphing' },
      [],
      ['ana'],
    );
    expect(picked.appended).toBe(false);
    expect(picked.draft.teachingPoint).toBe('Paragraphing');
    expect(picked.draft.newGoal).toEqual({ text: TRANSITIONS.goal, patternId: TRANSITIONS.id });
  });

  it('never writes over what she typed: the point goes under it', () => {
    const typed = { ...emptyDraft(0), teachingPoint: 'Reread your lead ' };
    const picked = withPickedPoint(typed, { pattern: TRANSITIONS, point: 'Paragraphing' }, [], ['ana']);
    expect(picked.appended).toBe(true);
    expect(picked.draft.teachingPoint).toBe('Reread your lead\nParagraphing');
    // The same point twice is not added twice.
    const again = withPickedPoint(picked.draft, { pattern: TRANSITIONS, point: 'Paragraphing' }, [], ['ana']);
    expect(again.draft.teachingPoint).toBe('Reread your lead\nParagraphing');
  });

  it('links the goal a child already works on instead of setting it again', () => {
    const existing = goal('ana', TRANSITIONS.goal);
    const picked = withPickedPoint(
      emptyDraft(0),
      { pattern: TRANSITIONS, point: 'Bullets' },
      [existing],
      ['ana'],
    );
    expect(picked.draft.goalIds).toEqual([existing.id]);
    expect(picked.draft.newGoal).toBeNull();
    // In a group where one child lacks it, it is still ticked for the save (which sets it for her only).
    const group = withPickedPoint(
      emptyDraft(0),
      { pattern: TRANSITIONS, point: 'Bullets' },
      [existing],
      ['ana', 'ben'],
    );
    expect(group.draft.goalIds).toEqual([existing.id]);
    expect(group.draft.newGoal).toEqual({ text: TRANSITIONS.goal, patternId: TRANSITIONS.id });
  });
});

describe('a goal set with the save', () => {
  async function classOf(names: string[]) {
    const store = freshStore();
    const klass = await createClass({ name: 'Room 9', gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    const students = await addStudents(klass.id, names, store);
    return { store, klass, ids: students.map((s) => s.id) };
  }

  it('sets it for each child who lacks it and links it, in the conference’s own transaction', async () => {
    const { store, klass, ids } = await classOf(['Ana', 'Ben']);
    const [ana, ben] = ids as [string, string];
    const [anas] = await setGoal(
      { classId: klass.id, studentIds: [ana], text: TRANSITIONS.goal, patternId: null },
      store,
    );
    const saved = await logConference(
      {
        ...EMPTY_CONFERENCE,
        classId: klass.id,
        studentIds: [ana, ben],
        teachingPoint: 'Paragraphing',
        newGoal: { text: TRANSITIONS.goal, patternId: TRANSITIONS.id },
      },
      store,
    );
    const [bens] = await activeGoalsOf(ben, store);
    expect(await activeGoalsOf(ana, store)).toHaveLength(1);
    expect(bens?.text).toBe(TRANSITIONS.goal);
    expect(bens?.patternId).toBe(TRANSITIONS.id);
    expect(saved.goalIds).toEqual([anas?.id, bens?.id]);
  });

  it('sets nothing when the conference cannot be saved (all or nothing)', async () => {
    const { store, klass, ids } = await classOf(['Ana']);
    const [ana] = ids as [string];
    await expect(
      logConference(
        {
          ...EMPTY_CONFERENCE,
          classId: klass.id,
          studentIds: [ana],
          note: 'x'.repeat(10_001),
          newGoal: { text: TRANSITIONS.goal, patternId: TRANSITIONS.id },
        },
        store,
      ),
    ).rejects.toThrow(/note/);
    await expect(
      logConference(
        {
          ...EMPTY_CONFERENCE,
          classId: klass.id,
          studentIds: [ana],
          newGoal: { text: ' ', patternId: null },
        },
        store,
      ),
    ).rejects.toThrow('The goal is empty.');
    expect(await activeGoalsOf(ana, store)).toEqual([]);
  });

  it('sets it when an edit of a saved conference picks a pattern', async () => {
    const { store, klass, ids } = await classOf(['Ana']);
    const [ana] = ids as [string];
    const saved = await logConference({ ...EMPTY_CONFERENCE, classId: klass.id, studentIds: [ana] }, store);
    await updateConference(
      saved.id,
      { teachingPoint: 'Bullets', newGoal: { text: TRANSITIONS.goal, patternId: null } },
      store,
    );
    const [made] = await activeGoalsOf(ana, store);
    const edited = await store.db.conferences.get(saved.id);
    expect(edited?.goalIds).toEqual([made?.id]);
  });
});

describe('choosing students', () => {
  it('lists names alphabetically, accents and case ignored, and finds every searched word', () => {
    const names = ['zoë Park', 'Ana Lima', 'Émile Roy', 'ben Okafor', 'Student 10', 'Student 9'].map(
      (name) => ({ name }),
    );
    expect(findStudents(names, '').map((s) => s.name)).toEqual([
      'Ana Lima',
      'ben Okafor',
      'Émile Roy',
      'Student 9',
      'Student 10',
      'zoë Park',
    ]);
    expect(findStudents(names, 'emile').map((s) => s.name)).toEqual(['Émile Roy']);
    expect(findStudents(names, 'stu 1').map((s) => s.name)).toEqual(['Student 10']);
    expect(findStudents(names, 'nobody')).toEqual([]);
  });
});
