// My conferring's figures, from her records with a fixed clock and local days; and the seeds' words the
// app must speak (a list per seed).
import { describe, expect, it } from 'vitest';
import {
  type ConferenceRecord,
  EMPTY_CONFERENCE,
  type ReflectionRecord,
  type StudentRecord,
} from '../../src/data/index.ts';
import { TYPE_OPTIONS } from '../../src/features/conference/conferenceDraft.ts';
import {
  inPeriod,
  minutesPerConference,
  mix,
  onAGoal,
  periodOf,
  perWorkshopDay,
  reflectionsByWeek,
  seenLeast,
} from '../../src/features/mirror/figures.ts';
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
    expect(minutesPerConference(list)).toEqual({ timed: 5, mean: 6.3, under: 1, within: 3, over: 1 });
    expect(minutesPerConference([]).mean).toBe(0);
  });

  it('counts the kinds, the lenses and the conferences that continued a goal', () => {
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
    expect(onAGoal(list)).toEqual({ onGoal: 2, total: 4 });
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

  it('gathers her reflection answers week by week', () => {
    const a = conference(new Date(2026, 10, 17, 9));
    const b = conference(new Date(2026, 10, 24, 9));
    const c = conference(new Date(2026, 10, 25, 9));
    const reflection = (id: string, answers: Partial<ReflectionRecord>): ReflectionRecord => ({
      id,
      pacing: null,
      research: null,
      compliment: null,
      oneStrategy: null,
      bestPoint: null,
      note: '',
      deleted: 0,
      _clock: {},
      ...answers,
    });
    const weeks = reflectionsByWeek(
      [a, b, c],
      [
        reflection(a.id, { pacing: 'not yet' }),
        reflection(b.id, { pacing: 'yes', oneStrategy: 'yes' }),
        reflection(c.id, { pacing: 'yes', oneStrategy: 'not yet' }),
      ],
    );
    expect(weeks.map((w) => w.weekOf)).toEqual(['2026-11-16', '2026-11-23']);
    expect(weeks[0]?.answers.pacing).toEqual({ yes: 0, answered: 1 });
    expect(weeks[1]?.answers.pacing).toEqual({ yes: 2, answered: 2 });
    expect(weeks[1]?.answers.oneStrategy).toEqual({ yes: 1, answered: 2 });
    expect(weeks[1]?.answers.bestPoint).toEqual({ yes: 0, answered: 0 });
  });

  it('says today’s count against four or five', () => {
    expect(todayWords(0)).toBe('Today: 0 conferences · four or five a workshop');
    expect(todayWords(1)).toBe('Today: 1 conference · four or five a workshop');
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
    expect(Object.fromEntries(TYPE_OPTIONS.map((t) => [t.label, t.help]))).toEqual({
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
