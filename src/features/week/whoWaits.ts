// Who is waiting to be seen, by the teacher's own due/overdue thresholds (Settings): the rows Who's next
// and the 9-kid grid proposal are built from. Read from the data layer; the ordering itself is pure
// (whosNext.ts, proposeGrid.ts).
import {
  buildClassRecord,
  type ClassRecordRow,
  conferencesOfClass,
  getPlan,
  getSetting,
  latestConferences,
  listStudents,
  openSignups,
  type Store,
} from '../../data/index.ts';
import { proposeGrid } from './proposeGrid.ts';
import { whosNext } from './whosNext.ts';

/** The queue for Who's next: sign-ups, the week's plan, then who is due or overdue by her thresholds. */
export async function loadWhosNext(classId: string, weekOf: string, now = new Date(), store?: Store) {
  const [students, signups, plan, thresholds] = await Promise.all([
    listStudents(classId, {}, store),
    openSignups(classId, store),
    getPlan(classId, weekOf, store),
    getSetting('overdueDays'),
  ]);
  // Each child's latest conference is all the order needs: not the class's years of notes.
  const latest = await latestConferences(
    classId,
    students.map((s) => s.id),
    store,
  );
  const rows = buildClassRecord(students, [...new Set(latest.values())], now, thresholds).rows;
  const planned = (plan?.entries ?? []).flatMap((e) => e.studentIds);
  return { students, queue: whosNext(rows, signups, planned) };
}

/** The proposed 9-kid grid, each child with how long she has waited by her thresholds. */
export async function loadProposal(classId: string, weekOf: string, now = new Date(), store?: Store) {
  const [students, conferences, signups, plan, thresholds] = await Promise.all([
    listStudents(classId, {}, store),
    conferencesOfClass(classId, store),
    openSignups(classId, store),
    getPlan(classId, weekOf, store),
    getSetting('overdueDays'),
  ]);
  const rows = buildClassRecord(students, conferences, now, thresholds).rows;
  const planned = (plan?.entries ?? []).flatMap((e) => e.studentIds);
  const ids = proposeGrid(
    rows,
    signups.map((s) => s.studentId),
    planned,
  );
  const byId = new Map(rows.map((r) => [r.student.id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

/** How long a child has waited, in her thresholds' words. */
export function waitedWords(row: ClassRecordRow): string {
  if (row.daysSince === null) return 'Not yet conferred';
  if (row.daysSince === 0) return 'Seen today';
  const days = `${row.daysSince} day${row.daysSince === 1 ? '' : 's'} since the last conference`;
  return row.status === 'overdue' ? `Overdue · ${days}` : row.status === 'due' ? `Due · ${days}` : days;
}
