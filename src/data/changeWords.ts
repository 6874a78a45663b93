// A change set aside, in the teacher's words: which note, goal or child it belongs to ("the teaching
// point of the conference with Ana (Nov 3)") and why the sync server would not take it, from her part in
// the class ("you are the coach of Room 12 Writers…"). Never a table or field name: she never sees those.
// Read with the sync engine and Settings, not with the app shell.
import type { SyncedTable } from '../protocol/tables.ts';
import { shortDay as day } from './dates.ts';
import type { OutboxRow } from './records.ts';
import { roleIn, shareState } from './roles.ts';
import type { Store } from './store.ts';

type Change = Pick<OutboxRow, 'table' | 'row' | 'field'>;

/** A record of each table when it is no longer on this device to be named. */
const SOME: Record<SyncedTable, string> = {
  classes: 'a class',
  students: 'a student',
  conferences: 'a conference note',
  goals: 'a goal',
  grids: 'a 9-kid grid',
  plans: 'a week’s plan',
  signups: 'a sign-up for a conference',
  patterns: 'one of your own patterns',
  attachments: 'a recording or photo',
  reflections: 'a reflection on a conference',
  assessments: 'an assessment note',
  peers: 'a peer conference',
  conflicts: 'a text kept from two devices',
};

/** The part of a record a field is, where she would name it ("the teaching point of …"). */
const PART: Partial<Record<SyncedTable, Record<string, string>>> = {
  conferences: {
    research: 'what the child said',
    childGoal: 'the child’s goal',
    compliment: 'the strength named',
    teachingPoint: 'the teaching point',
    tryIt: 'the try-it',
    nextStep: 'the next step',
    note: 'the note',
    type: 'the kind',
    lenses: 'the lenses',
    goalIds: 'the linked goals',
    studentIds: 'who was in it',
    at: 'the time',
    durationMs: 'the length',
  },
  goals: { text: 'the words', status: 'the status', revisitOn: 'the revisit date' },
  students: { name: 'the name', position: 'the place in the roster' },
  classes: { name: 'the name', gradeBand: 'the grade band', schoolYear: 'the school year' },
  reflections: { note: 'the note' },
  assessments: { text: 'the words', on: 'the date' },
  peers: { about: 'what it is about', on: 'the date' },
  signups: { reason: 'the reason' },
  patterns: { see: '“If I see”', goal: 'the goal', teachingPoints: 'the teaching points' },
};

/** Words that name a whole record, as she knows it: "the conference with Ana (Nov 3)". */
export async function describeRecord(change: Pick<Change, 'table' | 'row'>, store: Store): Promise<string> {
  const { db } = store;
  const names = async (ids: readonly string[]) =>
    (await db.students.bulkGet([...ids])).map((s) => s?.name ?? 'a student').join(' and ');
  const conference = async (id: string) => {
    const c = await db.conferences.get(id);
    return c ? `the conference with ${await names(c.studentIds)} (${day(c.at)})` : null;
  };
  const found = await (async (): Promise<string | null> => {
    switch (change.table) {
      case 'conferences':
        return conference(change.row);
      case 'attachments': {
        const a = await db.attachments.get(change.row);
        const of = a ? await conference(a.conferenceId) : null;
        return a && of ? `the ${a.kind === 'audio' ? 'recording' : 'photo'} of ${of}` : null;
      }
      case 'reflections': {
        const of = await conference(change.row);
        return of ? `your reflection on ${of}` : null;
      }
      case 'goals': {
        const g = await db.goals.get(change.row);
        return g ? `${await names([g.studentId])}’s goal “${g.text.slice(0, 40)}”` : null;
      }
      case 'students': {
        const s = await db.students.get(change.row);
        return s ? `the student ${s.name}` : null;
      }
      case 'classes': {
        const k = await db.classes.get(change.row);
        return k ? `the class ${k.name}` : null;
      }
      case 'assessments': {
        const n = await db.assessments.get(change.row);
        return n ? `the assessment note on ${await names([n.studentId])} (${day(n.on)})` : null;
      }
      case 'peers': {
        const p = await db.peers.get(change.row);
        return p ? `the peer conference of ${await names(p.studentIds)}` : null;
      }
      case 'signups': {
        const s = await db.signups.get(change.row);
        return s ? `${await names([s.studentId])}’s sign-up for a conference` : null;
      }
      case 'grids': {
        const g = await db.grids.get(change.row);
        return g ? `the 9-kid grid of the week of ${day(g.weekOf)}` : null;
      }
      case 'plans': {
        const p = await db.plans.get(change.row);
        return p ? `the plan for the week of ${day(p.weekOf)}` : null;
      }
      case 'patterns': {
        const p = await db.patterns.get(change.row);
        return p ? `your own pattern “${p.see.slice(0, 40)}”` : null;
      }
      default:
        return null;
    }
  })();
  return found ?? SOME[change.table] ?? 'a record';
}

/** Words that name what a change changed: "the teaching point of the conference with Ana (Nov 3)". */
export async function describeField(change: Change, store: Store): Promise<string> {
  const record = await describeRecord(change, store);
  if (change.field === 'deleted') return `deleting ${record}`;
  if (change.field === 'archived') return `archiving ${record}`;
  const part = PART[change.table]?.[change.field];
  return part ? `${part} of ${record}` : record;
}

/** The class a record belongs to on this device, if it can be told. */
async function classOf(change: Pick<Change, 'table' | 'row'>, store: Store): Promise<string | null> {
  const { db } = store;
  if (change.table === 'classes') return change.row;
  const conferenceId =
    change.table === 'reflections'
      ? change.row
      : change.table === 'attachments'
        ? (await db.attachments.get(change.row))?.conferenceId
        : undefined;
  if (conferenceId) return (await db.conferences.get(conferenceId))?.classId ?? null;
  if (change.table === 'patterns' || change.table === 'conflicts') return null;
  const record = (await db.table(change.table).get(change.row)) as { classId?: unknown } | undefined;
  return typeof record?.classId === 'string' ? record.classId : null;
}

/**
 * Why the sync server would not take a change, from her part in its class: a coach's edit, a co-teacher
 * renaming the class itself, a class no longer hers, or a record whose identity is already another's.
 */
export async function refusedWords(
  code: 'forbidden' | 'id-taken',
  change: Pick<Change, 'table' | 'row'>,
  store: Store,
): Promise<string> {
  const stays = 'It stays on this iPad only: copy what you need from it.';
  if (code === 'id-taken')
    return `it clashes with a record the sync server already keeps in a class that is not yours to change (one record, one identity, everywhere). ${stays}`;
  const classId = await classOf(change, store);
  const state = await shareState(store);
  const share = classId ? state.shares.find((s) => s.classId === classId) : undefined;
  const klass = classId ? await store.db.classes.get(classId) : undefined;
  const name = klass?.name ?? 'this class';
  const owner = share?.owner || 'its owner';
  if (classId && roleIn(state, classId) === 'coach')
    return `you are the coach of ${name}: you read it and add reflections, and its teachers make changes like this one. ${stays}`;
  if (classId && roleIn(state, classId) === 'coteacher' && change.table === 'classes')
    return `only ${owner}, whose class it is, can rename or archive ${name}. ${stays}`;
  return `${name} is not yours, or no longer shared with you. ${stays}`;
}
