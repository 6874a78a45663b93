// My conferring's figures, from her records with a fixed clock and local days, over one class or all her
// classes; and the seeds' words the app must speak (a list per seed).
import { describe, expect, it } from 'vitest';
import {
  addStudents,
  CONFERENCE_TYPES_EXPLAINED,
  type ConferenceInput,
  type ConferenceRecord,
  createClass,
  EMPTY_CONFERENCE,
  logConference,
  type ReflectionQuestion,
  type ReflectionRecord,
  type StudentRecord,
  setClassArchived,
} from '../../src/data/index.ts';
import { reflect } from '../../src/data/reflections.ts';
import { SHARES_KEY } from '../../src/data/roles.ts';
import {
  continuingGoal,
  inPeriod,
  minutesPerConference,
  mix,
  onAGoal,
  periodOf,
  perWorkshopDay,
  reflectionsByWeek,
  reflectionTallies,
  seenLeast,
} from '../../src/features/mirror/figures.ts';
import { loadMirror } from '../../src/features/mirror/mirrorData.ts';
import { todayWords } from '../../src/features/week/TodayCount.tsx';
import {
  CHILDS_GOAL_FOLLOW_UPS,
  CHILDS_GOAL_QUESTION,
  FOLLOW_UP_QUESTIONS,
  GENERAL_STRATEGY,
  OPENING_QUESTIONS,
  SCENARIOS,
  STUDENTS_MIGHT,
  TEACHING_MOVES,
} from '../../src/patterns/cheatSheet.ts';
import { freshStore } from './helpers.ts';

/** Wednesday 25 November 2026, 10:00 local. */
const NOW = new Date(2026, 10, 25, 10, 0);
let made = 0;
function conference(at: Date, fields: Partial<ConferenceRecord> = {}): ConferenceRecord {
  made += 1;
  return {
    ...EMPTY_CONFERENCE,
    id: `c${made}`,
    classId: 'k',
    studentIds: ['ana'],
    at: at.toISOString(),
    deleted: 0,
    _clock: {},
    ...fields,
  };
}
const student = (id: string, name: string, archived: 0 | 1 = 0): StudentRecord => ({
  id,
  classId: 'k',
  name,
  archived,
  position: 0,
  deleted: 0,
  _clock: {},
});
const minutes = (m: number) => m * 60_000;

describe('my conferring, figure by figure', () => {
  it('takes this week from Monday, and the school year from 1 August', () => {
    expect(periodOf('week', NOW)).toEqual({ from: new Date(2026, 10, 23), to: new Date(2026, 10, 30) });
    expect(periodOf('year', NOW).from).toEqual(new Date(2026, 7, 1));
    expect(periodOf('year', new Date(2027, 2, 3)).from).toEqual(new Date(2026, 7, 1));
    const week = [
      conference(new Date(2026, 10, 22, 23, 59)),
      conference(new Date(2026, 10, 23, 0, 0)),
      conference(new Date(2026, 10, 29, 23, 59)),
      conference(new Date(2026, 10, 24, 9, 0), { deleted: 1 }),
    ];
    expect(inPeriod(week, periodOf('week', NOW)).map((c) => c.at)).toEqual([week[1]?.at, week[2]?.at]);
  });

  it('counts conferences a workshop day by local day, against four or five', () => {
    const list = [
      conference(new Date(2026, 10, 23, 9, 5)),
      conference(new Date(2026, 10, 23, 9, 15)),
      conference(new Date(2026, 10, 23, 23, 30)),
      ...[0, 1, 2, 3].map((i) => conference(new Date(2026, 10, 24, 9, i * 7))),
      ...[0, 1, 2, 3, 4, 5].map((i) => conference(new Date(2026, 10, 25, 9, i * 6))),
    ];
    const figure = perWorkshopDay(list);
    expect(figure.days).toEqual([
      { day: '2026-11-23', count: 3 },
      { day: '2026-11-24', count: 4 },
      { day: '2026-11-25', count: 6 },
    ]);
    expect(figure.mean).toBeCloseTo(13 / 3);
    expect(figure.inRange).toBe(1);
    expect(perWorkshopDay([])).toEqual({ days: [], mean: 0, inRange: 0 });
  });

  it('measures minutes a conference from the timer, against five to seven, untimed ones left out', () => {
    const list = [4, 5, 6.5, 7, 9].map((m) => conference(NOW, { durationMs: minutes(m) }));
    list.push(conference(NOW, { durationMs: null }), conference(NOW, { durationMs: 0 }));
    expect(minutesPerConference(list)).toEqual({
      timed: 5,
      notTimed: 2,
      mean: 6.3,
      under: 1,
      within: 3,
      over: 1,
    });
    expect(minutesPerConference([]).mean).toBe(0);
  });

  it('counts a conference over 20 minutes as not timed, left out of the mean', () => {
    const list = [
      conference(NOW, { durationMs: minutes(6) }),
      // Exactly 20 minutes in use is long, but timed.
      conference(NOW, { durationMs: minutes(20) }),
      conference(NOW, { durationMs: minutes(20) + 1 }),
      // A week-old draft saved before the timer counted only the time in use: "1455:00 past 7 min".
      conference(NOW, { durationMs: minutes(1455) }),
    ];
    const figure = minutesPerConference(list);
    expect(figure).toMatchObject({ timed: 2, notTimed: 2, mean: 13, within: 1, over: 1 });
    // Before, the one resumed draft alone made the mean 462.8.
    expect(minutesPerConference([conference(NOW, { durationMs: minutes(1455) })])).toMatchObject({
      timed: 0,
      notTimed: 1,
      mean: 0,
    });
  });

  it('counts the kinds and the lenses', () => {
    const list = [
      conference(NOW, { type: 'content', lenses: ['structure', 'voice'], goalIds: ['g1'] }),
      conference(NOW, { type: 'content', lenses: ['structure'] }),
      conference(NOW, { type: 'table', lenses: [] }),
      conference(NOW, { type: null, lenses: ['engagement'], goalIds: ['g1', 'g2'] }),
    ];
    const figure = mix(list);
    expect(figure.types).toMatchObject({ content: 2, table: 1, compliment: 0 });
    expect(figure.untyped).toBe(1);
    expect(figure.lenses).toEqual({ engagement: 1, structure: 2, elaboration: 0, conventions: 0, voice: 1 });
  });

  it('continues a goal from its second conference on: the one that set it does not count', () => {
    // g1 was set three weeks ago, on a conference outside this week; this week's on it continues it.
    const setG1 = conference(new Date(2026, 10, 2, 9), { goalIds: ['g1'] });
    const onG1 = conference(new Date(2026, 10, 23, 9), { goalIds: ['g1'] });
    // g2 is set this week (the first conference on it), then continued the next day.
    const setG2 = conference(new Date(2026, 10, 23, 10), { goalIds: ['g2'] });
    const onG2 = conference(new Date(2026, 10, 24, 9), { goalIds: ['g2'] });
    // A new goal beside a continued one: it continues (g1).
    const newAndOld = conference(new Date(2026, 10, 24, 10), { goalIds: ['g3', 'g1'] });
    // The first conference on g4 was deleted: the next one is the first.
    const deleted = conference(new Date(2026, 10, 3, 9), { goalIds: ['g4'], deleted: 1 });
    const firstOnG4 = conference(new Date(2026, 10, 25, 9), { goalIds: ['g4'] });
    // A group conference setting each child's goal; one on no goal at all.
    const group = conference(new Date(2026, 10, 25, 9, 30), {
      studentIds: ['ana', 'ben'],
      goalIds: ['g5', 'g6'],
    });
    const noGoal = conference(new Date(2026, 10, 25, 10));
    // Logged in another order than they happened: the order is by time.
    const all = [onG2, noGoal, group, firstOnG4, deleted, newAndOld, setG2, onG1, setG1];
    const continuing = continuingGoal(all);
    expect([...continuing].sort()).toEqual([onG1.id, onG2.id, newAndOld.id].sort());
    const week = inPeriod(all, periodOf('week', NOW));
    expect(week).toHaveLength(7);
    expect(onAGoal(week, continuing)).toEqual({ continued: 3, onGoal: 6, total: 7 });
    // Over the year the conference that set g1 is in the count, and still not a continuation.
    expect(onAGoal(inPeriod(all, periodOf('year', NOW)), continuing)).toEqual({
      continued: 3,
      onGoal: 7,
      total: 8,
    });
    // Two conferences on one goal at the same minute: the first made (its id) set it.
    const a = conference(NOW, { id: 'a1', goalIds: ['g9'] });
    const b = conference(NOW, { id: 'b1', goalIds: ['g9'] });
    expect([...continuingGoal([b, a])]).toEqual(['b1']);
  });

  it('lists the students seen least, archived ones left out, with the days since', () => {
    const students = [
      student('ana', 'Ana'),
      student('ben', 'Ben'),
      student('cy', 'Cy'),
      student('dot', 'Dot', 1),
    ];
    const list = [
      conference(new Date(2026, 10, 20, 9), { studentIds: ['ana'] }),
      conference(new Date(2026, 10, 24, 9), { studentIds: ['ana', 'ben'] }),
      conference(new Date(2026, 10, 25, 9), { studentIds: ['ana'] }),
    ];
    expect(seenLeast(list, students, NOW).map((s) => [s.student.name, s.times, s.daysSince])).toEqual([
      ['Cy', 0, null],
      ['Ben', 1, 1],
      ['Ana', 3, 0],
    ]);
    expect(seenLeast(list, students, NOW, 1)).toHaveLength(1);
  });

  describe('her reflections, each question counted the right way round', () => {
    const reflection = (id: string, answers: Partial<ReflectionRecord>): ReflectionRecord => ({
      id,
      pacing: null,
      research: null,
      compliment: null,
      oneStrategy: null,
      bestPoint: null,
      helpedMore: '',
      note: '',
      deleted: 0,
      _clock: {},
      ...answers,
    });
    /** One conference a reflection, this week: the tally of one question. */
    const tally = <Q extends ReflectionQuestion>(question: Q, answers: ReflectionRecord[Q][]) => {
      const conferences = answers.map(() => conference(NOW));
      const reflections = answers.map((a, i) => reflection(conferences[i]?.id as string, { [question]: a }));
      return reflectionTallies(conferences, reflections)[question];
    };

    it('pacing: “about right” is the aim; rushed and slow are not', () => {
      expect(tally('pacing', ['rushed', 'about right', 'slow', 'about right', null])).toEqual({
        aimed: 2,
        answered: 4,
        by: { rushed: 1, 'about right': 2, slow: 1 },
      });
    });

    it('the research: “no”, not rushed, is the aim', () => {
      expect(tally('research', ['no'])).toEqual({ aimed: 1, answered: 1, by: { no: 1 } });
      expect(tally('research', ['yes'])).toEqual({ aimed: 0, answered: 1, by: { yes: 1 } });
      // “Did I rush the research?” answered “Not yet” before: it was not rushed (once charted 0 of 1).
      expect(tally('research', ['not yet'])).toEqual({ aimed: 1, answered: 1, by: { no: 1 } });
      expect(tally('research', ['yes', 'no', 'no', 'not yet'])).toMatchObject({ aimed: 3, answered: 4 });
    });

    it('the compliment as a paragraph of speech: “yes” is the aim', () => {
      expect(tally('compliment', ['yes', 'no', 'yes'])).toEqual({
        aimed: 2,
        answered: 3,
        by: { yes: 2, no: 1 },
      });
      expect(tally('compliment', ['not yet'])).toEqual({ aimed: 0, answered: 1, by: { no: 1 } });
    });

    it('ONE strategy is the aim; more than one, or none, is not', () => {
      expect(tally('oneStrategy', ['one', 'more than one', 'none', 'one'])).toEqual({
        aimed: 2,
        answered: 4,
        by: { one: 2, 'more than one': 1, none: 1 },
      });
    });

    it('the best possible teaching point is the aim; something else would have helped more is not', () => {
      expect(tally('bestPoint', ['best', 'something else', 'something else'])).toEqual({
        aimed: 1,
        answered: 3,
        by: { best: 1, 'something else': 2 },
      });
    });

    it('reads the “yes” / “not yet” answers stored before each question had its own', () => {
      expect(tally('pacing', ['yes', 'not yet'])).toEqual({
        aimed: 1,
        answered: 2,
        by: { 'about right': 1, 'not about right': 1 },
      });
      expect(tally('research', ['yes'])).toMatchObject({ aimed: 0, by: { yes: 1 } });
      expect(tally('compliment', ['yes'])).toMatchObject({ aimed: 1 });
      expect(tally('oneStrategy', ['yes', 'not yet'])).toEqual({
        aimed: 1,
        answered: 2,
        by: { one: 1, 'not one': 1 },
      });
      expect(tally('bestPoint', ['yes', 'not yet'])).toEqual({
        aimed: 1,
        answered: 2,
        by: { best: 1, 'something else': 1 },
      });
    });

    it('gathers them week by week, deleted reflections and weeks without answers left out', () => {
      const a = conference(new Date(2026, 10, 17, 9));
      const b = conference(new Date(2026, 10, 24, 9));
      const c = conference(new Date(2026, 10, 25, 9));
      const d = conference(new Date(2026, 10, 10, 9));
      const e = conference(new Date(2026, 10, 3, 9));
      const weeks = reflectionsByWeek(
        [a, b, c, d, e],
        [
          reflection(a.id, { pacing: 'rushed' }),
          reflection(b.id, { pacing: 'about right', research: 'no' }),
          reflection(c.id, { pacing: 'about right', research: 'yes' }),
          reflection(d.id, { pacing: 'about right', deleted: 1 }),
          reflection(e.id, { note: 'only a note' }),
        ],
      );
      expect(weeks.map((w) => w.weekOf)).toEqual(['2026-11-16', '2026-11-23']);
      expect(weeks[0]?.answers.pacing).toMatchObject({ aimed: 0, answered: 1 });
      expect(weeks[1]?.answers.pacing).toMatchObject({ aimed: 2, answered: 2 });
      expect(weeks[1]?.answers.research).toMatchObject({ aimed: 1, answered: 2 });
      expect(weeks[1]?.answers.bestPoint).toMatchObject({ aimed: 0, answered: 0 });
    });
  });

  it('says today’s count against four or five', () => {
    expect(todayWords(0)).toBe('Today: 0 conferences · four or five a workshop');
    expect(todayWords(1)).toBe('Today: 1 conference · four or five a workshop');
  });
});

describe('my conferring over one class or all her classes', () => {
  it('reads the class on screen, or every class she teaches: archived ones too, not one she coaches', async () => {
    const store = freshStore();
    const make = (name: string) => createClass({ name, gradeBand: '3-8', schoolYear: '2026-2027' }, store);
    const [room9, room12, lastTerm, coached] = [
      await make('Room 9'),
      await make('Room 12'),
      await make('Last term'),
      await make('Coached'),
    ];
    await setClassArchived(lastTerm.id, true, store);
    await store.db.meta.put({
      key: SHARES_KEY,
      value: {
        accountId: 'me',
        shares: [{ classId: coached.id, role: 'coach', owner: 'Ms. Rivera', members: 1 }],
      },
    });
    const log = async (classId: string, name: string, fields: Partial<ConferenceInput>) => {
      const [student] = await addStudents(classId, [name], store);
      return logConference(
        {
          ...EMPTY_CONFERENCE,
          classId,
          studentIds: [student?.id as string],
          at: new Date(2026, 10, 24, 9).toISOString(),
          ...fields,
        },
        store,
      );
    };
    const set = await log(room9.id, 'Ana', { durationMs: minutes(6), goalIds: ['g-ana'] });
    await log(room9.id, 'Ben', {
      durationMs: minutes(4),
      goalIds: ['g-ana'],
      at: new Date(2026, 10, 25, 9).toISOString(),
    });
    await log(room12.id, 'Cy', { durationMs: minutes(8) });
    await log(lastTerm.id, 'Dot', { durationMs: minutes(90) });
    await log(coached.id, 'Eve', { durationMs: minutes(5) });
    await reflect(set.id, { research: 'no' }, store);

    const one = await loadMirror('class', room9, store);
    expect(one.classes.map((c) => c.name)).toEqual(['Room 9']);
    expect(one.conferences).toHaveLength(2);
    expect(onAGoal(one.conferences, continuingGoal(one.conferences))).toEqual({
      continued: 1,
      onGoal: 2,
      total: 2,
    });

    const all = await loadMirror('all', room9, store);
    expect(all.classes.map((c) => c.name).sort()).toEqual(['Last term', 'Room 12', 'Room 9']);
    expect(all.students.map((s) => s.name).sort()).toEqual(['Ana', 'Ben', 'Cy', 'Dot']);
    const week = inPeriod(all.conferences, periodOf('week', NOW));
    expect(week).toHaveLength(4);
    // 6, 4 and 8 minutes; the 90 left open is not timed.
    expect(minutesPerConference(week)).toMatchObject({ timed: 3, notTimed: 1, mean: 6 });
    expect(onAGoal(week, continuingGoal(all.conferences))).toEqual({ continued: 1, onGoal: 2, total: 4 });
    expect(reflectionTallies(week, all.reflections).research).toEqual({
      aimed: 1,
      answered: 1,
      by: { no: 1 },
    });

    // A co-teacher's conference in her class, and a coach's reflection on one of hers, as the sync server
    // stamped them: read on their screens, never counted as her own conferring.
    const byCo = await log(room9.id, 'Fay', { durationMs: minutes(5) });
    await store.db.conferences.update(byCo.id, { loggedBy: { id: 'co', name: 'Mr. Okafor' } });
    await store.db.conferences.update(set.id, { loggedBy: { id: 'me', name: 'Ms. Rivera' } });
    await reflect(byCo.id, { pacing: 'rushed' }, store);
    await store.db.reflections.update(set.id, { startedBy: { id: 'me', name: 'Ms. Rivera' } });
    const hers = await loadMirror('class', room9, store);
    expect(hers.conferences.map((c) => c.id).sort()).toEqual(one.conferences.map((c) => c.id).sort());
    expect(hers.reflections.map((r) => r.id)).toEqual([set.id]);
    await store.db.reflections.update(set.id, { startedBy: { id: 'coach', name: 'Coach Lee' } });
    expect((await loadMirror('class', room9, store)).reflections).toEqual([]);
  });
});

describe('the seeds’ words', () => {
  it('seed 000: the child’s goal first, and a strategy in general terms', () => {
    expect(CHILDS_GOAL_QUESTION).toBe('What is your goal as a writer?');
    expect(CHILDS_GOAL_FOLLOW_UPS).toEqual([
      'What are you trying to do in your work today?',
      'So what are you doing to write that piece well?',
    ]);
    expect(GENERAL_STRATEGY).toMatch(/^Name the strategy in general terms/);
  });

  it('seed 002: the opening questions, what students might talk about, the follow-ups, the scenarios and moves', () => {
    expect(OPENING_QUESTIONS).toEqual([
      'How’s it going?',
      'What’s up with your writing today?',
      'Could you tell me about the writing work you’re doing?',
    ]);
    expect(STUDENTS_MIGHT).toHaveLength(10);
    expect(STUDENTS_MIGHT).toContain('Students might talk about their history and growth as writers');
    expect(FOLLOW_UP_QUESTIONS).toContain('What are you doing that feels a bit hard?');
    expect(SCENARIOS).toHaveLength(5);
    expect(SCENARIOS[0]?.because).toContain('The student is showing a lot of energy for what she’s doing');
    expect(SCENARIOS[1]?.because).toContain('Reveals she’s skipped a stage in the writing process');
    expect(SCENARIOS[1]?.moves).toEqual([
      'To redirect these conferences, ask students, “What else are you doing as a writer?”',
    ]);
    expect(SCENARIOS[4]?.moves).toContain(
      'Be prepared to encounter some resistance, and be ready to explain the importance of revision!',
    );
    expect(TEACHING_MOVES.map((m) => m.name)).toEqual([
      'Name a strength',
      'Cue',
      'Explain',
      'Demonstrate',
      'Try it',
      'Link',
    ]);
    expect(TEACHING_MOVES.find((m) => m.name === 'Cue')?.how).toContain(
      '“There’s something I want to teach you today . . .”',
    );
    expect(TEACHING_MOVES.find((m) => m.name === 'Try it')?.how).toContain(
      'Beware of asking “leading questions”',
    );
  });

  it('seed 003: what each conference type is; seed 001: the table conference', () => {
    expect(Object.fromEntries(CONFERENCE_TYPES_EXPLAINED.map((t) => [t.label, t.help]))).toEqual({
      Compliment: 'Getting to know you as a writer · Sets the tone · Begins the process of conferring',
      Rehearsal: 'How to get started · Finding ideas · Choosing paper · Planning',
      Expectation:
        'Expectations & classroom procedures · How to solve problems independently · Managing writers tools · Stamina · Good writing habits',
      Content: 'Develop a story · Staying focused',
      Convention:
        'Stretching words & other spelling strategies · Using classroom resources · Writing for readers',
      Table: 'Lead table conferences, especially at the start of the year: several writers at one table',
    });
  });
});
