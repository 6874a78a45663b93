// Paste a list or import a CSV file; both show the same preview, and the import is all or nothing.
import { useState } from 'preact/hooks';
import { addStudents, listStudents } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { type Candidate, parsePastedNames, previewRoster, type RosterPreview } from './rosterPreview.ts';

type Mode = 'paste' | 'csv';

export function ImportPanel(props: { classId: string }) {
  const [mode, setMode] = useState<Mode>('paste');
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<{ preview: RosterPreview; source: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function switchTo(next: Mode) {
    setMode(next);
    setPreview(null);
    setError(null);
  }

  async function show(candidates: Candidate[], source: string) {
    const existing = await listStudents(props.classId, { includeArchived: true });
    setPreview({
      preview: previewRoster(
        candidates,
        existing.map((s) => s.name),
      ),
      source,
    });
    setError(null);
    setDone(null);
  }

  async function readFile(file: File) {
    setPreview(null);
    setDone(null);
    // Loaded only here: the CSV parser stays out of the app shell.
    const { checkRosterFile, parseRosterCsv } = await import('./rosterCsv.ts');
    const problem = checkRosterFile(file);
    if (problem) return setError(problem);
    const parsed = parseRosterCsv(await file.text());
    if (!parsed.ok) return setError(`${file.name}: ${parsed.reason}`);
    await show(parsed.candidates, `“${file.name}”`);
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    try {
      const added = await addStudents(props.classId, preview.preview.toAdd);
      setDone(`Added ${added.length} ${added.length === 1 ? 'student' : 'students'}.`);
      setPreview(null);
      setText('');
    } catch (failure) {
      setError(`${failureWords(failure)} No student was added.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card" aria-labelledby="import-title">
      <h2 id="import-title">Add many students</h2>
      <fieldset class="segmented">
        <legend class="visually-hidden">How to add</legend>
        <button type="button" aria-pressed={mode === 'paste'} onClick={() => switchTo('paste')}>
          Paste a list
        </button>
        <button type="button" aria-pressed={mode === 'csv'} onClick={() => switchTo('csv')}>
          Import a CSV file
        </button>
      </fieldset>
      {mode === 'paste' ? (
        <div class="form">
          <label class="field">
            <span>Names, one per line</span>
            <textarea rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <button
            type="button"
            disabled={text.trim() === ''}
            onClick={() => void show(parsePastedNames(text), 'the pasted list')}
          >
            Preview
          </button>
        </div>
      ) : (
        <label class="field">
          <span>CSV file with a name column (or first and last name columns)</span>
          <input
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void readFile(file);
            }}
          />
        </label>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p class="muted" role="status">
          {done}
        </p>
      )}
      {preview && (
        <ImportPreview
          preview={preview.preview}
          source={preview.source}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => setPreview(null)}
        />
      )}
    </section>
  );
}
