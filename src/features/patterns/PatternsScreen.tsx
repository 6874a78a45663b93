// Her pattern library for the current class's grade band: seed 002's rows plus her own; edit or hide any.
import { useState } from 'preact/hooks';
import {
  addPattern,
  deletePattern,
  type GradeBand,
  patternRecords,
  savePattern,
  setPatternHidden,
} from '../../data/index.ts';
import { builtInPatterns, type Library, libraryFor, type Pattern } from '../../patterns/library.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useLive } from '../../ui/useLive.ts';
import { PatternForm } from './PatternForm.tsx';
import './patterns.css';

type Editing = { kind: 'new' } | { kind: 'edit'; pattern: Pattern } | null;

function PatternTable(props: { band: GradeBand }) {
  const { band } = props;
  const [editing, setEditing] = useState<Editing>(null);
  const live = useLive(() => patternRecords(band), [band]);
  if (live.status === 'loading') return <Loading what="patterns" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const library = libraryFor(band, live.value);
  const builtIn = (id: string) => builtInPatterns(band).find((p) => p.id === id) ?? null;
  const row = (p: Library['visible'][number], hidden: boolean) => (
    <li key={p.id} class="row pattern-row">
      <span class="row-main pattern-text">
        <span>If I see: {p.see}</span>
        <span>Goal: {p.goal}</span>
        <span>Teach: {p.teachingPoints}</span>
        <span class="muted">{p.own ? 'Your pattern' : p.edited ? 'Edited by you' : 'From the table'}</span>
      </span>
      <span class="row-actions">
        <button
          type="button"
          onClick={() => setEditing({ kind: 'edit', pattern: p })}
          aria-label={`Edit: ${p.see}`}
        >
          Edit
        </button>
        <button
          type="button"
          aria-label={`${hidden ? 'Show' : 'Hide'}: ${p.see}`}
          onClick={() => void setPatternHidden(p.id, band, !hidden, builtIn(p.id))}
        >
          {hidden ? 'Show' : 'Hide'}
        </button>
        {p.own && (
          <button type="button" aria-label={`Delete: ${p.see}`} onClick={() => void deletePattern(p.id)}>
            Delete
          </button>
        )}
      </span>
    </li>
  );
  return (
    <>
      {editing ? (
        <PatternForm
          title={editing.kind === 'new' ? 'New pattern' : 'Edit pattern'}
          initial={editing.kind === 'new' ? { see: '', goal: '', teachingPoints: '' } : editing.pattern}
          onSave={async (text) => {
            if (editing.kind === 'new') await addPattern(band, text);
            else await savePattern(editing.pattern.id, band, text);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="primary" onClick={() => setEditing({ kind: 'new' })}>
          Add your own pattern
        </button>
      )}
      <ul class="list" aria-label="Patterns">
        {library.visible.map((p) => row(p, false))}
      </ul>
      {library.hidden.length > 0 && (
        <>
          <h2>Hidden</h2>
          <ul class="list" aria-label="Hidden patterns">
            {library.hidden.map((p) => row(p, true))}
          </ul>
        </>
      )}
    </>
  );
}

export function PatternsScreen() {
  const choice = useCurrentClass();
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const band = choice.value.current?.gradeBand ?? '3-8';
  return (
    <section aria-labelledby="patterns-title">
      <header class="screen-header">
        <h1 id="patterns-title">Assessment patterns, grades {band}</h1>
        <p class="muted">
          If I see this → I’ll set this goal → possible teaching points. Yours sync to your other devices.
        </p>
      </header>
      <PatternTable band={band} />
    </section>
  );
}
