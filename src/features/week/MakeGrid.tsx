// This week's grid in two taps: "Make this week's grid" shows who is proposed; "Use these" saves it.
import { useState } from 'preact/hooks';
import { type ClassRecordRow, saveGrid } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { shown } from '../../ui/names.ts';
import { loadProposal, waitedWords } from './whoWaits.ts';

export function MakeGrid(props: { classId: string; weekOf: string }) {
  const [proposal, setProposal] = useState<ClassRecordRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function propose() {
    try {
      // Sign-ups first, then this week's plan, then who has waited longest, by her thresholds.
      setProposal(await loadProposal(props.classId, props.weekOf));
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  async function use() {
    try {
      await saveGrid(props.classId, props.weekOf, proposal?.map((r) => r.student.id) ?? []);
    } catch (failure) {
      setError(failureWords(failure));
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
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
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
          {proposal.map((r) => (
            <li key={r.student.id}>
              {shown(r.student.name)} <span class="muted">· {waitedWords(r)}</span>
            </li>
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
