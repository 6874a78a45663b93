// The year-end hand-off: each student's goals with their status and the last three teaching points and
// strengths named, to print, and the file next year's teacher imports. Reached from *End the year*
// (`ended=1`), it first says where the class went (archived, all kept) and how to open it again.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { goalStatusWords } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { archivedWords } from '../../ui/archivedWords.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { saveFile } from '../../ui/saveFile.ts';
import { useLoad } from '../../ui/useLoad.ts';

export function HandoffForm(props: { classId: string }) {
  const data = useLoad(
    async () => (await import('../../data/onDemand.ts')).buildHandoff(props.classId),
    [props.classId],
  );
  const [saved, setSaved] = useState<string | null>(null);
  const ended = useLocation().query.ended === '1';
  if (data.status === 'loading') return <Loading what="the hand-off" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  const handoff = data.value;
  async function save() {
    const name = `hand-off-${handoff.class.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${handoff.class.schoolYear}.json`;
    try {
      await saveFile(new File([JSON.stringify(handoff, null, 1)], name, { type: 'application/json' }));
      setSaved(`Saved ${name}: next year’s teacher imports it on her Students screen.`);
    } catch (failure) {
      setSaved(failureWords(failure));
    }
  }

  return (
    <>
      {ended && (
        <div class="print-controls banner banner-info" role="status">
          <span>
            <strong>The year ended for {handoff.class.name}.</strong> {archivedWords(handoff.class)}
          </span>
          <a href="/">Back to the Class tab</a>
        </div>
      )}
      <div class="print-controls toolbar">
        <button type="button" onClick={() => void save()}>
          Save the hand-off file
        </button>
        {saved && <span role="status">{saved}</span>}
      </div>
      <article class="paper">
        <h1>
          Hand-off: {handoff.class.name}, {handoff.class.schoolYear}
        </h1>
        {handoff.students.map((s) => (
          <section key={s.name} class="paper-student">
            <h2>{s.name}</h2>
            <p>
              <strong>Goals:</strong>{' '}
              {s.goals.length === 0
                ? '—'
                : s.goals.map((g) => `${g.text} (${goalStatusWords(g.status)})`).join('; ')}
            </p>
            <p>
              <strong>Last teaching points:</strong> {s.teachingPoints.join('; ') || '—'}
            </p>
            <p>
              <strong>Strengths named:</strong> {s.strengths.join('; ') || '—'}
            </p>
          </section>
        ))}
      </article>
    </>
  );
}
