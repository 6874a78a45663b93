// Import a hand-off from last year's teacher: students matched by name (the roster preview's rules), the
// new ones added, and every goal not met added as a starting goal, all at once after a preview.
import { useState } from 'preact/hooks';
import { listStudents } from '../../data/index.ts';
import type { Handoff } from '../../protocol/handoff.ts';
import { failureWords } from '../../protocol/words.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { useLive } from '../../ui/useLive.ts';
import { nameKey, previewRoster, type RosterPreview } from './rosterPreview.ts';

const WORDS = {
  new: 'Will be added',
  'in-class': 'Already in class',
  repeated: 'Repeated',
  invalid: 'Cannot use',
} as const;

export function HandoffImport(props: { classId: string }) {
  const students = useLive(() => listStudents(props.classId, { includeArchived: true }), [props.classId]);
  const existingNames = students.status === 'ready' ? students.value.map((s) => s.name) : [];
  const [pending, setPending] = useState<{ handoff: Handoff; preview: RosterPreview } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose(files: FileList | null) {
    const file = files?.[0];
    setError(null);
    setMessage(null);
    setPending(null);
    if (!file) return;
    try {
      const { parseHandoff, BadHandoffError } = await import('../../protocol/handoff.ts');
      if (file.size > 5 * 1024 * 1024) throw new BadHandoffError('the file is larger than a hand-off can be');
      let raw: unknown;
      try {
        raw = JSON.parse(await file.text());
      } catch {
        throw new BadHandoffError('it is not readable JSON');
      }
      const handoff = parseHandoff(raw);
      const preview = previewRoster(
        handoff.students.map((s, i) => ({ line: i + 1, raw: s.name })),
        existingNames,
      );
      setPending({ handoff, preview });
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  async function confirm() {
    if (!pending) return;
    try {
      const { importHandoff } = await import('../../data/onDemand.ts');
      const done = await importHandoff(
        props.classId,
        pending.handoff,
        pending.preview.toAdd,
        (a, b) => nameKey(a) === nameKey(b),
      );
      setMessage(
        `Added ${done.students} student${done.students === 1 ? '' : 's'} and ${done.goals} starting goal${done.goals === 1 ? '' : 's'}.`,
      );
      setPending(null);
    } catch (failure) {
      setError(`${failureWords(failure)} Nothing was added.`);
    }
  }

  const goalsOf = (name: string) =>
    pending?.handoff.students
      .find((s) => nameKey(s.name) === nameKey(name))
      ?.goals.filter((g) => g.status !== 'met').length ?? 0;

  return (
    <div class="handoff-import">
      <label class="button">
        Import a hand-off…
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          onChange={(e) => {
            void choose(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {pending && (
        <section class="preview" aria-label="Hand-off preview">
          <p>
            From {pending.handoff.class.name}, {pending.handoff.class.schoolYear}. Goals not yet met come
            along as starting goals.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">What happens</th>
                <th scope="col">Starting goals</th>
              </tr>
            </thead>
            <tbody>
              {pending.preview.rows.map((r) => (
                <tr key={r.line}>
                  <td>{r.name}</td>
                  <td>
                    {WORDS[r.status]}
                    {r.status === 'invalid' && `: ${r.reason}`}
                  </td>
                  <td>{r.status === 'new' || r.status === 'in-class' ? goalsOf(r.name) : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="toolbar">
            <button type="button" class="primary" onClick={() => void confirm()}>
              Import
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
      <Outcome message={message} error={error} />
    </div>
  );
}
