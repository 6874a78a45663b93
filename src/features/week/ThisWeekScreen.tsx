// This week: the 9-kid record grid of the current class. Tap a box to log; swap a child; browse earlier
// weeks; start a group conference.

import { parseISO } from 'date-fns';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { type ClassRecord, canEdit, day, setGridBox } from '../../data/index.ts';
import { firstScreenShown } from '../../state/firstScreen.ts';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { NoClassOpen } from '../../ui/NoClassOpen.tsx';
import { StudentChooser } from '../../ui/StudentChooser.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useLive } from '../../ui/useLive.ts';
import { useSharesOrNull } from '../../ui/useShares.ts';
import { GridBox } from './GridBox.tsx';
import { MakeGrid } from './MakeGrid.tsx';
import { PlanPanel } from './PlanPanel.tsx';
import { ReflectList } from './ReflectList.tsx';
import { TodayCount } from './TodayCount.tsx';
import { WhosNext } from './WhosNext.tsx';
import { loadWeek, logHref, mondayOf, shiftWeek, weekCacheKey } from './weekData.ts';
import './week.css';

type Choosing = { kind: 'swap'; index: number } | { kind: 'group' } | null;

function Week(props: { classRow: ClassRecord; weekOf: string }) {
  const { classRow, weekOf } = props;
  const { route } = useLocation();
  const [choosing, setChoosing] = useState<Choosing>(null);
  const [swapping, setSwapping] = useState(false);
  const live = useLive(
    () => loadWeek(classRow.id, weekOf),
    [classRow.id, weekOf],
    weekCacheKey(classRow.id, weekOf),
  );
  const ready = live.status === 'ready' && live.value.hasGrid;
  useEffect(() => {
    // The week is drawn with its data (with a grid or the form to make one): what waited may start.
    if (live.status !== 'loading') firstScreenShown();
    // For the cold-start benchmark: the moment the grid is on screen with its data.
    if (ready && performance.getEntriesByName('nine-kid-grid-ready').length === 0)
      performance.mark('nine-kid-grid-ready');
  }, [live.status, ready]);
  // A coach reads the class: the grid and the week, but making, swapping and planning are its teachers'.
  const shares = useSharesOrNull();
  const editable = shares !== null && canEdit(shares, classRow.id);
  const coach = shares !== null && !editable;
  if (live.status === 'loading') return <Loading what="this week’s grid" />;
  if (live.status === 'error') return <LoadError error={live.error} />;
  const { boxes, students, hasGrid } = live.value;
  const inGrid = new Set(boxes.map((b) => b.student?.id).filter(Boolean));
  const isPast = weekOf < mondayOf(new Date());
  return (
    <>
      {!hasGrid &&
        (isPast ? (
          <EmptyState title="No grid that week">
            <p>You did not make a 9-kid grid for that week.</p>
          </EmptyState>
        ) : editable ? (
          <MakeGrid classId={classRow.id} weekOf={weekOf} />
        ) : coach ? (
          <EmptyState title="No grid this week yet">
            <p>Its teachers make the 9-kid grid; it shows here once they sync.</p>
          </EmptyState>
        ) : null)}
      {coach && (
        <p class="banner banner-info" role="status">
          You are this class’s coach: you read it and add reflections. Tap a child to read their conferences.
        </p>
      )}
      {!isPast && <TodayCount classId={classRow.id} />}
      {hasGrid && swapping && (
        <p class="banner banner-info swap-banner" role="status">
          <span>Tap the box of the child to swap out.</span>
          <button type="button" class="primary" onClick={() => setSwapping(false)}>
            Done swapping
          </button>
        </p>
      )}
      {hasGrid && (
        <ul class={`nine-kid-grid${swapping ? ' is-swapping' : ''}`} aria-label="9-kid grid">
          {boxes.map((box) => (
            <GridBox
              key={box.index}
              box={box}
              weekOf={weekOf}
              now={new Date()}
              swapping={swapping}
              reading={coach}
              onSwap={() => setChoosing({ kind: 'swap', index: box.index })}
            />
          ))}
        </ul>
      )}
      {choosing?.kind === 'swap' && (
        <StudentChooser
          title={`Box ${choosing.index + 1}: who instead?`}
          students={students.filter((s) => !inGrid.has(s.id))}
          multiple={false}
          confirmLabel="Put in this box"
          onConfirm={([id]) => {
            void setGridBox(classRow.id, weekOf, choosing.index, id ?? null);
            setChoosing(null);
            setSwapping(false);
          }}
          onCancel={() => setChoosing(null)}
        />
      )}
      {choosing?.kind === 'group' && (
        <StudentChooser
          title="Group or table conference: who is in it?"
          students={students}
          multiple
          confirmLabel="Start group conference"
          onConfirm={(ids) => {
            // The week stays under the sheet: it comes back without the chooser.
            setChoosing(null);
            route(logHref(ids, weekOf));
          }}
          onCancel={() => setChoosing(null)}
        />
      )}
      <div class="toolbar">
        {editable && (
          <button type="button" onClick={() => setChoosing({ kind: 'group' })}>
            Group conference
          </button>
        )}
        {editable && hasGrid && !isPast && (
          <button type="button" aria-pressed={swapping} onClick={() => setSwapping(!swapping)}>
            Swap students
          </button>
        )}
        <a class="button" href="/cheat-sheet">
          Conferring cheat sheet
        </a>
        <a class="button" href="/search">
          Search notes
        </a>
        <a class="button" href="/my-conferring">
          My conferring
        </a>
      </div>
      {!isPast && (
        <div class="week-panels">
          <WhosNext classId={classRow.id} weekOf={weekOf} reading={coach} />
          {editable && <PlanPanel classId={classRow.id} weekOf={weekOf} />}
          <ReflectList classId={classRow.id} />
        </div>
      )}
    </>
  );
}

export function ThisWeekScreen() {
  const choice = useCurrentClass();
  const { query } = useLocation();
  const weekOf = /^\d{4}-\d{2}-\d{2}$/.test(query.week ?? '')
    ? mondayOf(parseISO(query.week as string))
    : mondayOf(new Date());
  if (choice.status === 'loading') return <Loading what="your classes" />;
  if (choice.status === 'error') return <LoadError error={choice.error} />;
  const current = choice.value.current;
  const thisWeek = mondayOf(new Date());
  return (
    <section aria-labelledby="week-title">
      <header class="screen-header week-header">
        <h1 id="week-title">{weekOf === thisWeek ? 'This week' : `Week of ${day(weekOf)}`}</h1>
        <nav class="toolbar" aria-label="Weeks">
          <a class="button" href={`/week?week=${shiftWeek(weekOf, -1)}`}>
            ← Earlier week
          </a>
          {weekOf !== thisWeek && (
            <a class="button" href="/week">
              This week
            </a>
          )}
          {weekOf < thisWeek && (
            <a class="button" href={`/week?week=${shiftWeek(weekOf, 1)}`}>
              Later week →
            </a>
          )}
        </nav>
      </header>
      {current ? (
        <Week classRow={current} weekOf={weekOf} />
      ) : (
        <NoClassOpen
          classes={choice.value.classes}
          beforeAnyClass="and add students; then make this week’s 9-kid grid here."
        />
      )}
    </section>
  );
}
