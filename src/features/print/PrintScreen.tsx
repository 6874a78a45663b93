// The paper forms, filled from her data or blank (for a coach or a substitute who works on paper): the
// class record sheet, the 9-kid sheet for a week, a student's goal sheet, the conference notes form
// (Conference Notes | Goals | Assessment Notes), the conferring cheat sheet, and a one-page summary for a
// parent meeting. US Letter
// or A4, portrait or landscape; a row is never cut across pages, and only the form reaches the paper.
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { CheatSheetForm } from './CheatSheetForm.tsx';
import { ClassRecordForm } from './ClassRecordForm.tsx';
import { GoalSheetForm } from './GoalSheetForm.tsx';
import { HandoffForm } from './HandoffForm.tsx';
import { NineKidForm } from './NineKidForm.tsx';
import { NotesForm } from './NotesForm.tsx';
import { ParentForm } from './ParentForm.tsx';
import './print.css';

const FORMS = {
  class: 'Class record',
  'nine-kid': '9-kid record',
  goals: 'Goal sheet',
  notes: 'Conference notes, goals and assessment notes',
  parent: 'For a parent meeting',
  handoff: 'Hand-off for next year',
  'cheat-sheet': 'Conferring cheat sheet',
} as const;
type Form = keyof typeof FORMS;

/**
 * The page size and orientation for printing: a small style sheet per paper and orientation (public/page),
 * linked while the screen is open. A file, as the app's Content-Security-Policy allows no inline <style>;
 * the service worker precaches them, so printing works offline too.
 */
function usePageSize(paper: 'letter' | 'A4', orientation: 'portrait' | 'landscape') {
  useEffect(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/page/${paper}-${orientation}.css`;
    link.dataset.pageSize = `${paper}-${orientation}`;
    // The previous size stays until this one has loaded: never a moment without one. Sizes chosen in
    // quick succession may load out of order: the newest one (the last linked) wins, whichever loads first.
    link.onload = () => {
      const linked = [...document.querySelectorAll('link[data-page-size]')];
      if (linked.at(-1) !== link) return;
      for (const other of linked) if (other !== link) other.remove();
    };
    document.head.append(link);
  }, [paper, orientation]);
  useEffect(
    () => () => {
      for (const link of document.querySelectorAll('link[data-page-size]')) link.remove();
    },
    [],
  );
}

export function PrintScreen(props: { params?: { form?: string } }) {
  const { query } = useLocation();
  const form = (props.params?.form ?? 'class') as Form;
  const blank = query.blank === '1';
  const [paper, setPaper] = useState<'letter' | 'A4'>('letter');
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>(
    form === 'class' ? 'landscape' : 'portrait',
  );
  usePageSize(paper, orientation);
  if (!(form in FORMS)) return <EmptyState title="No such form">{null}</EmptyState>;
  return (
    <section aria-label={`Print: ${FORMS[form]}`}>
      <div class="print-controls toolbar">
        <label>
          Paper{' '}
          <select value={paper} onChange={(e) => setPaper(e.currentTarget.value as 'letter' | 'A4')}>
            <option value="letter">US Letter</option>
            <option value="A4">A4</option>
          </select>
        </label>
        <label>
          Orientation{' '}
          <select
            value={orientation}
            onChange={(e) => setOrientation(e.currentTarget.value as 'portrait' | 'landscape')}
          >
            <option value="portrait">Portrait</option>
            <option value="landscape">Landscape</option>
          </select>
        </label>
        <button type="button" class="primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {form === 'class' && <ClassRecordForm blank={blank} />}
      {form === 'nine-kid' && <NineKidForm blank={blank} week={query.week ?? ''} />}
      {form === 'goals' && <GoalSheetForm studentId={query.student ?? ''} blank={blank} />}
      {form === 'notes' && <NotesForm studentId={query.student ?? ''} blank={blank} />}
      {form === 'parent' && <ParentForm studentId={query.student ?? ''} />}
      {form === 'handoff' && <HandoffForm classId={query.class ?? ''} />}
      {form === 'cheat-sheet' && <CheatSheetForm />}
    </section>
  );
}
