// Seed 003's "Sample Conference Cheat Sheet" on paper, for the clipboard: the same lists as the cheat
// sheet screen (src/patterns/cheatSheet.ts, src/ui/ConferringGuide.tsx) and the types of conferences with
// what each is for, in two columns of a sheet.
import type { ComponentChildren } from 'preact';
import { CONFERENCE_TYPES_EXPLAINED } from '../../data/index.ts';
import { COMMON_PROBLEMS, STUDENT_STARTERS, TEACHER_LANGUAGE } from '../../patterns/cheatSheet.ts';
import { OpeningQuestions, Scenarios, TeachingMoves } from '../../ui/ConferringGuide.tsx';

function Section(props: { title: string; children: ComponentChildren }) {
  return (
    <section class="paper-cheat-part">
      <h2>{props.title}</h2>
      {props.children}
    </section>
  );
}

function List(props: { items: readonly string[] }) {
  return (
    <ul>
      {props.items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function CheatSheetForm() {
  return (
    <article class="paper paper-cheat-sheet">
      <h1>Conferring cheat sheet</h1>
      <p class="paper-meta">Discover · assess · teach</p>
      <div class="paper-cheat-columns">
        <Section title="Opening questions">
          <OpeningQuestions />
        </Section>
        <Section title="After “How’s it going?”: five scenarios">
          <Scenarios />
        </Section>
        <Section title="Teaching moves">
          <TeachingMoves />
        </Section>
        <Section title="Types of conferences">
          <dl>
            {CONFERENCE_TYPES_EXPLAINED.map((t) => (
              <div key={t.value}>
                <dt>{t.label}</dt>
                <dd>{t.help}</dd>
              </div>
            ))}
          </dl>
        </Section>
        <Section title="Conference language: teacher">
          <List items={TEACHER_LANGUAGE} />
        </Section>
        <Section title="Student sentence starters">
          <List items={STUDENT_STARTERS} />
        </Section>
        <Section title="Common problems and possible solutions">
          {COMMON_PROBLEMS.map((p) => (
            <div key={p.problem}>
              <h3>“{p.problem}”</h3>
              <List items={p.strategies} />
            </div>
          ))}
        </Section>
      </div>
    </article>
  );
}
