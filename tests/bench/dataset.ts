// One teacher over five years, generated: 5 classes (one a school year) of 30 students = 150 students,
// 30,000 conferences, 2,000 goals. Shaped exactly as the data layer stores records. Deterministic.
import { addDays, lightFormat } from 'date-fns';
import type {
  ClassRecord,
  ConferenceRecord,
  GoalRecord,
  GridRecord,
  StudentRecord,
} from '../../src/data/index.ts';
import { GRID_BOXES } from '../../src/data/index.ts';
import { mondayOf } from '../../src/features/week/weekData.ts';

export const SIZES = { classes: 5, studentsPerClass: 30, conferences: 30_000, goals: 2_000 };

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const base = { deleted: 0 as const, _clock: {} };
const id = (kind: string, n: number) => `${kind}-${String(n).padStart(6, '0')}`;

/** A typical conference as the benchmarks write it (content, structure, got it), with what varies. */
export function benchConference(
  fields: Pick<ConferenceRecord, 'id' | 'classId' | 'studentIds' | 'at'> & Partial<ConferenceRecord>,
): ConferenceRecord {
  return {
    ...base,
    type: 'content',
    lenses: ['structure'],
    research: 'Working on the middle of the story',
    childGoal: '',
    compliment: 'Strong lead',
    teachingPoint: '',
    tryIt: 'got it',
    nextStep: 'Stretch the important part',
    goalIds: [],
    note: '',
    durationMs: 360_000,
    ...fields,
  };
}

export function generateDataset(now = new Date()) {
  const rand = random(42);
  const lastYear = now.getMonth() >= 7 ? now.getFullYear() : now.getFullYear() - 1;
  const classes: ClassRecord[] = [];
  const students: StudentRecord[] = [];
  for (let c = 0; c < SIZES.classes; c++) {
    const year = lastYear - (SIZES.classes - 1 - c);
    const current = c === SIZES.classes - 1;
    classes.push({
      ...base,
      id: id('class', c),
      name: `Room 12, ${year}-${year + 1}`,
      gradeBand: '3-8',
      schoolYear: `${year}-${year + 1}`,
      archived: current ? 0 : 1,
      position: current ? 0 : c + 1,
    });
    for (let s = 0; s < SIZES.studentsPerClass; s++) {
      students.push({
        ...base,
        id: id('student', c * 100 + s),
        classId: id('class', c),
        name: `Student ${c}-${String(s).padStart(2, '0')}`,
        archived: 0,
        position: s,
      });
    }
  }
  const conferences: ConferenceRecord[] = [];
  const perClass = SIZES.conferences / SIZES.classes;
  for (let c = 0; c < SIZES.classes; c++) {
    const year = lastYear - (SIZES.classes - 1 - c);
    const start = new Date(year, 7, 20);
    const current = c === SIZES.classes - 1;
    const span = current ? Math.max(1, Math.floor((now.getTime() - start.getTime()) / 86_400_000)) : 300;
    for (let k = 0; k < perClass; k++) {
      const kid = Math.floor(rand() * SIZES.studentsPerClass);
      const at = addDays(start, Math.floor((k / perClass) * span));
      at.setHours(9 + Math.floor(rand() * 5), Math.floor(rand() * 60));
      conferences.push(
        benchConference({
          id: id('conf', c * perClass + k),
          classId: id('class', c),
          studentIds: [id('student', c * 100 + kid)],
          at: at.toISOString(),
          teachingPoint: `Teaching point ${k}`,
        }),
      );
    }
  }
  const goals: GoalRecord[] = Array.from({ length: SIZES.goals }, (_, g) => {
    const student = students[g % students.length] as StudentRecord;
    return {
      ...base,
      id: id('goal', g),
      classId: student.classId,
      studentId: student.id,
      text: `Goal ${g}`,
      patternId: null,
      setOn: '2026-09-01',
      status: g % 4 === 0 ? 'met' : 'working',
      revisitOn: null,
    };
  });
  const currentClass = classes.at(-1) as ClassRecord;
  const weekOf = mondayOf(now);
  const gridStudents = students.filter((s) => s.classId === currentClass.id).slice(0, 9);
  const grid = {
    ...base,
    id: `grid:${currentClass.id}:${weekOf}`,
    classId: currentClass.id,
    weekOf,
    ...Object.fromEntries(GRID_BOXES.map((b, i) => [b, gridStudents[i]?.id ?? null])),
  } as GridRecord;
  return {
    classes,
    students,
    conferences,
    goals,
    grids: [grid],
    gridStudents,
    today: lightFormat(now, 'yyyy-MM-dd'),
  };
}
