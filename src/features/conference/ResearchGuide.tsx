// "How's it going?": the research step of seed 002 one tap away on the sheet, as a full-height sheet: the
// opening questions, what students might talk about, the follow-up questions, the five scenarios in full
// and the teaching moves.
import { OpeningQuestions, Scenarios, TeachingMoves } from '../../ui/ConferringGuide.tsx';
import { FullSheet } from '../../ui/FullSheet.tsx';

export function ResearchGuide(props: { onClose: () => void }) {
  return (
    <FullSheet title="How’s it going?" onClose={props.onClose}>
      <section class="guide" aria-label="Research">
        <h3>Discover what the child is doing as a writer</h3>
        <p class="muted">Begin by asking an open-ended question, and give the student some wait time.</p>
        <OpeningQuestions />
        <h3>After “How’s it going?”: five scenarios</h3>
        <Scenarios />
        <h3>Teach</h3>
        <TeachingMoves />
      </section>
    </FullSheet>
  );
}
