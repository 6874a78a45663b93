// "Who's next": children who signed up first (first asked, first seen), then the week's plan, then those
// not yet seen or due or overdue by her thresholds (the rows' status), the longest waiting first. A child
// seen recently is not next unless she signed up or is planned. Pure.
import { byCodeUnit, type ClassRecordRow, type SignupRecord, sortRows } from '../../data/index.ts';

export interface NextUp {
  row: ClassRecordRow;
  why: 'signed up' | 'planned' | 'waiting';
  signup: SignupRecord | null;
}

export function whosNext(
  rows: readonly ClassRecordRow[],
  signups: readonly SignupRecord[],
  planned: readonly string[],
): NextUp[] {
  const byId = new Map(rows.map((r) => [r.student.id, r]));
  const queue: NextUp[] = [];
  const taken = new Set<string>();
  const add = (id: string, why: NextUp['why'], signup: SignupRecord | null) => {
    const row = byId.get(id);
    if (!row || taken.has(id)) return;
    taken.add(id);
    queue.push({ row, why, signup });
  };
  for (const signup of [...signups].sort((a, b) => byCodeUnit(a.at, b.at)))
    add(signup.studentId, 'signed up', signup);
  for (const id of planned) add(id, 'planned', null);
  for (const row of sortRows(rows, 'overdue'))
    if (row.status !== 'recent') add(row.student.id, 'waiting', null);
  return queue;
}
