// The year-end hand-off file, checked in full before anything is imported:
//   { "format": "conferring-clipboard-handoff", "version": 1, "madeAt", "class": { "name", "gradeBand",
//     "schoolYear" }, "students": [ { "name", "goals": [ { "text", "status" } ], "teachingPoints": [..],
//     "strengths": [..] } ] }
import { isRecord } from './json.ts';

export const HANDOFF_FORMAT = 'conferring-clipboard-handoff';
export const HANDOFF_VERSION = 1;
const MAX_STUDENTS = 500;
const MAX_TEXT = 10_000;

export interface Handoff {
  format: typeof HANDOFF_FORMAT;
  version: typeof HANDOFF_VERSION;
  madeAt: string;
  class: { name: string; gradeBand: string; schoolYear: string };
  students: {
    name: string;
    goals: { text: string; status: 'working' | 'met' | 'revised' }[];
    teachingPoints: string[];
    strengths: string[];
  }[];
}

export class BadHandoffError extends Error {
  constructor(what: string) {
    super(`This hand-off cannot be imported: ${what}. Nothing was changed.`);
    this.name = 'BadHandoffError';
  }
}

const texts = (v: unknown, what: string): string[] => {
  if (!Array.isArray(v) || v.some((t) => typeof t !== 'string' || t.length > MAX_TEXT))
    throw new BadHandoffError(`${what} is not a list of texts`);
  return v as string[];
};

export function parseHandoff(raw: unknown): Handoff {
  if (!isRecord(raw) || raw.format !== HANDOFF_FORMAT)
    throw new BadHandoffError('it is not a Conferring Clipboard hand-off');
  if (raw.version !== HANDOFF_VERSION)
    throw new BadHandoffError(`it was made by another version of the app (${String(raw.version)})`);
  const klass = raw.class;
  if (!isRecord(klass) || typeof klass.name !== 'string') throw new BadHandoffError('its class is missing');
  if (!Array.isArray(raw.students) || raw.students.length > MAX_STUDENTS)
    throw new BadHandoffError('its list of students is missing or too long');
  const students = raw.students.map((s, i) => {
    if (!isRecord(s) || typeof s.name !== 'string') throw new BadHandoffError(`student ${i + 1} has no name`);
    const name = s.name.slice(0, 40);
    if (!Array.isArray(s.goals)) throw new BadHandoffError(`${name}'s goals are not a list`);
    const goals = s.goals.map((g) => {
      if (
        !isRecord(g) ||
        typeof g.text !== 'string' ||
        g.text.length > MAX_TEXT ||
        !['working', 'met', 'revised'].includes(String(g.status))
      )
        throw new BadHandoffError(`a goal of ${name} is not readable`);
      return { text: g.text, status: g.status as 'working' | 'met' | 'revised' };
    });
    return {
      name: s.name,
      goals,
      teachingPoints: texts(s.teachingPoints, `${name}'s teaching points`),
      strengths: texts(s.strengths, `${name}'s strengths`),
    };
  });
  return {
    format: HANDOFF_FORMAT,
    version: HANDOFF_VERSION,
    madeAt: typeof raw.madeAt === 'string' ? raw.madeAt : '',
    class: {
      name: klass.name,
      gradeBand: String(klass.gradeBand ?? ''),
      schoolYear: String(klass.schoolYear ?? ''),
    },
    students,
  };
}
