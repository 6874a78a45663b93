// The conference sheet for a coach: she reads the conference (who logged it, what was taught, the note)
// and may add a reflection on it; logging and editing are the class's teachers' to do. Opened from a child
// (a box of the grid, Who's next), it shows that child's latest conference: the one the box's "✓ seen"
// and "Last: …" are about.
import { Fragment } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { authorOf, lensWords, tryItWords, typeWords, weekdayAndTime } from '../../data/index.ts';
import { CloseSheet } from '../../ui/underSheet.ts';
import type { SheetData } from './loadSheet.ts';
import { namesOf } from './SheetForm.tsx';

export function CoachView(props: { data: SheetData }) {
  const { data } = props;
  const c = data.editing ?? data.last;
  const latest = !data.editing && !!c;
  const owner = data.share.shares.find((s) => s.classId === data.classRow.id)?.owner ?? 'its owner';
  // Opened over the week: back to the same grid in one tap, or with Escape, as the teacher's sheet does.
  const close = useContext(CloseSheet);
  useEffect(() => {
    if (!close) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);
  return (
    <section aria-labelledby="coach-view-title" class="coach-view">
      <header class="screen-header">
        <h1 id="coach-view-title">
          {c ? 'Conference with' : 'No conference yet with'} {namesOf(data.students)}
        </h1>
        {latest && <p class="muted">The latest; every conference with this child is on their page.</p>}
      </header>
      <p class="banner banner-info" role="status">
        You are the coach of {data.classRow.name} ({owner}’s class): you read its conferences and add
        reflections; its teachers log and edit them.
      </p>
      {c ? (
        <dl class="coach-fields">
          <dt>When</dt>
          <dd>
            <time dateTime={c.at}>{weekdayAndTime(c.at)}</time>
          </dd>
          <dt>Logged by</dt>
          <dd>{authorOf(data.share, c) ?? owner}</dd>
          {c.type && (
            <>
              <dt>Conference type</dt>
              <dd>{typeWords(c.type)}</dd>
            </>
          )}
          {(
            [
              ['Their goal', c.childGoal],
              ['The child said', c.research],
              ['Strength', c.compliment],
              ['Teaching point', c.teachingPoint],
              ['Try it', tryItWords(c.tryIt)],
              ['Next step', c.nextStep],
              ['Lenses', lensWords(c.lenses)],
              ['Note', c.note],
            ] as const
          )
            .filter(([, value]) => !!value)
            .map(([label, value]) => (
              <Fragment key={label}>
                <dt>{label}</dt>
                <dd class="coach-text">{value}</dd>
              </Fragment>
            ))}
        </dl>
      ) : (
        <p>Its teachers log conferences with this child; they show here once they sync.</p>
      )}
      <p class="row-actions">
        {close && (
          <button type="button" onClick={close}>
            Back to the week
          </button>
        )}
        {c && (
          <a class="button primary" href={`/reflect/${c.id}`}>
            Reflect on this conference
          </a>
        )}
        <a class="button" href={`/students/${data.students[0]?.id ?? ''}`}>
          {namesOf(data.students.slice(0, 1))}’s page
        </a>
      </p>
    </section>
  );
}
