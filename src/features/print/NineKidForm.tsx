// Seed 003's "Keeping Conference Records (9 kids)" for one week: nine boxes, each a child of the week's
// grid with the conferences she had with them that week written in; blank, nine boxes to write in.
import { day } from '../../data/index.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useLoad } from '../../ui/useLoad.ts';
import { ConferenceEntry } from './ConferenceEntry.tsx';
import { FillIn } from './Lines.tsx';
import { nineKidSheet } from './printData.ts';

const EMPTY = {
  hasGrid: false,
  boxes: Array.from({ length: 9 }, () => ({ name: '', goals: [] as string[], notes: [] })),
};

export function NineKidForm(props: { blank: boolean; week: string }) {
  const choice = useCurrentClass();
  const current = choice.status === 'ready' ? choice.value.current : null;
  const filled = current !== null && !props.blank && props.week !== '';
  const sheet = useLoad(
    async () => (filled ? nineKidSheet(current.id, props.week) : EMPTY),
    [current?.id, filled, props.week],
  );
  if (choice.status === 'loading' || sheet.status === 'loading') return <Loading what="the 9-kid sheet" />;
  if (sheet.status === 'error') return <LoadError error={sheet.error} />;
  return (
    <>
      {filled && !sheet.value.hasGrid && (
        <p class="print-controls muted" role="status">
          No 9-kid grid for this week yet: make one on This week, and its children fill the boxes.
        </p>
      )}
      <article class="paper">
        <h1>Keeping Conference Records (9 kids)</h1>
        <p class="paper-meta">
          <FillIn label="Class" value={filled ? current.name : ''} />
          <FillIn label="Week of" value={filled ? day(props.week) : ''} />
        </p>
        <ol class="paper-nine" aria-label="Nine children">
          {sheet.value.boxes.map((box, i) => (
            <li key={i}>
              <FillIn label="Name" value={box.name} />
              {box.goals.map((goal) => (
                <p key={goal}>Goal: {goal}</p>
              ))}
              {box.notes.map((c) => (
                <ConferenceEntry key={c.id} conference={c} />
              ))}
            </li>
          ))}
        </ol>
      </article>
    </>
  );
}
