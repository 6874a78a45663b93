// The conferring cheat sheet (seeds 002 and 003), one tap from the grid.

import { COMMON_PROBLEMS, STUDENT_STARTERS, TEACHER_LANGUAGE } from '../../patterns/cheatSheet.ts';
import { OpeningQuestions, Scenarios, TeachingMoves } from '../../ui/ConferringGuide.tsx';
import './patterns.css';

export function CheatSheetScreen() {
  return (
    <section aria-labelledby="cheat-title" class="cheat-sheet">
      <header class="screen-header">
        <h1 id="cheat-title">Conferring cheat sheet</h1>
        <p class="muted">Discover · assess · teach</p>
      </header>
      <section class="card" aria-labelledby="open-q">
        <h2 id="open-q">Opening questions</h2>
        <OpeningQuestions />
      </section>
      <section class="card" aria-labelledby="scenarios">
        <h2 id="scenarios">After “How’s it going?”: five scenarios</h2>
        <Scenarios />
      </section>
      <section class="card" aria-labelledby="moves">
        <h2 id="moves">Teaching moves</h2>
        <TeachingMoves />
      </section>
      <section class="card" aria-labelledby="language">
        <h2 id="language">Conference language</h2>
        <div class="two-columns">
          <div>
            <h3>Teacher</h3>
            <ul>
              {TEACHER_LANGUAGE.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>Student sentence starters</h3>
            <ul>
              {STUDENT_STARTERS.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <section class="card" aria-labelledby="problems">
        <h2 id="problems">Common problems and possible solutions</h2>
        {COMMON_PROBLEMS.map((p) => (
          <div key={p.problem}>
            <h3>“{p.problem}”</h3>
            <ul>
              {p.strategies.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </section>
  );
}
