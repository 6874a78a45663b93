// This week's grid in two taps: "Make this week's grid" shows who is proposed; "Use these" saves it.
import { useState } from 'preact/hooks';
import {
  conferencesOfClass,
  getPlan,
  listStudents,
  openSignups,
  type StudentRecord,
  saveGrid,
} from '../../data/index.ts';
import { buildClassRecord } from '../classes/classRecord.ts';
import { proposeGrid } from './proposeGrid.ts';

export function MakeGrid(props: { classId: string; weekOf: string }) {
  const [proposal, setProposal] = useState<StudentRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function propose() {
    const [students, conferences, signups, plan] = await Promise.all([
      listStudents(props.classId),
      conferencesOfClass(props.classId),
      openSignups(props.classId),
      getPlan(props.classId, props.weekOf),
    ]);
    const rows = buildClassRecord(students, conferences, new Date(), { due: 7, overdue: 14 }).rows;
    // Sign-ups first, then this week's plan, then the most overdue.
    const planned = (plan?.entries ?? []).flatMap((e) => e.studentIds);
    const ids = proposeGrid(
      rows,
      signups.map((s) => s.studentId),
      planned,
    );
    setProposal(ids.map((id) => students.find((s) => s.id === id) as StudentRecord));
  }

  async function use() {
    try {
      await saveGrid(props.classId, props.weekOf, proposal?.map((s) => s.id) ?? []);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  if (!proposal) {
    return (
      <div class="empty-state">
        <h2>No 9-kid grid for this week yet</h2>
        <p>
          Nine boxes, one per child you plan to see. The app proposes who has waited longest (and who signed
          up).
        </p>
        <button type="button" class="primary" onClick={() => void propose()}>
          Make this week’s grid
        </button>
      </div>
    );
  }
  return (
    <section class="card" aria-label="Proposed grid">
      <h2>Proposed for this week</h2>
      {proposal.length === 0 ? (
        <p>
          The class has no students yet. <a href="/students">Add students</a>
        </p>
      ) : (
        <ol class="proposal">
          {proposal.map((s) => (
            <li key={s.id}>{s.name}</li>
          ))}
        </ol>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="toolbar">
        <button type="button" class="primary" disabled={proposal.length === 0} onClick={() => void use()}>
          Use these {proposal.length}
        </button>
        <button type="button" onClick={() => setProposal(null)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
