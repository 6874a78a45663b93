// The paper forms, to print filled from her records or blank (for a coach or a substitute on paper).
// Each link says which form it prints, so VoiceOver never reads a list of "Filled in, Blank, Blank".
import { lightFormat } from 'date-fns';
import { weekStart } from '../../data/index.ts';

interface PaperForm {
  name: string;
  filled?: string;
  blank: string;
}

export function FormsSection() {
  const week = lightFormat(weekStart(new Date()), 'yyyy-MM-dd');
  const forms: PaperForm[] = [
    { name: 'Class record', filled: '/print/class', blank: '/print/class?blank=1' },
    {
      name: '9-kid record, this week',
      filled: `/print/nine-kid?week=${week}`,
      blank: '/print/nine-kid?blank=1',
    },
    { name: 'Goal sheet', blank: '/print/goals?blank=1' },
    { name: 'Conference notes, goals and assessment notes', blank: '/print/notes?blank=1' },
  ];
  return (
    <section class="card" aria-labelledby="forms-title">
      <h2 id="forms-title">Paper forms</h2>
      <p class="muted">
        A student’s goal sheet, conference notes and parent summary print from the student’s page.
      </p>
      <ul class="list" aria-label="Paper forms">
        {forms.map((form) => (
          <li key={form.name} class="row">
            <span class="row-main">{form.name}</span>
            {form.filled && (
              <a class="button" href={form.filled} aria-label={`${form.name}: filled in`}>
                Filled in
              </a>
            )}
            <a class="button" href={form.blank} aria-label={`${form.name}: blank`}>
              Blank
            </a>
          </li>
        ))}
        <li class="row">
          <span class="row-main">Conferring cheat sheet</span>
          <a class="button" href="/print/cheat-sheet" aria-label="Conferring cheat sheet: print">
            Print
          </a>
        </li>
      </ul>
    </section>
  );
}
