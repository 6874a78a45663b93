// The paper forms, to print filled from her records or blank (for a coach or a substitute on paper).
import { format, startOfWeek } from 'date-fns';

export function FormsSection() {
  const week = format(startOfWeek(new Date(), { weekStartsOn: 1 }), 'yyyy-MM-dd');
  return (
    <section class="card" aria-labelledby="forms-title">
      <h2 id="forms-title">Paper forms</h2>
      <p class="muted">
        A student’s goal sheet, conference notes and parent summary print from the student’s page.
      </p>
      <ul class="list" aria-label="Paper forms">
        <li class="row">
          <span class="row-main">Class record</span>
          <a class="button" href="/print/class">
            Filled in
          </a>
          <a class="button" href="/print/class?blank=1">
            Blank
          </a>
        </li>
        <li class="row">
          <span class="row-main">9-kid record, this week</span>
          <a class="button" href={`/print/nine-kid?week=${week}`}>
            Filled in
          </a>
          <a class="button" href="/print/nine-kid?blank=1">
            Blank
          </a>
        </li>
        <li class="row">
          <span class="row-main">Goal sheet</span>
          <a class="button" href="/print/goals?blank=1">
            Blank
          </a>
        </li>
        <li class="row">
          <span class="row-main">Conference notes (seed 002’s form)</span>
          <a class="button" href="/print/notes?blank=1">
            Blank
          </a>
        </li>
      </ul>
    </section>
  );
}
