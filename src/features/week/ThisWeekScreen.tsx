import { EmptyState } from '../../app/EmptyState.tsx';

export function ThisWeekScreen() {
  return (
    <section aria-labelledby="week-title">
      <header class="screen-header">
        <h1 id="week-title">This week</h1>
      </header>
      <EmptyState title="No 9-kid grid for this week yet">
        <p>Nine boxes, one per child you plan to see. Tap a box to log the conference.</p>
      </EmptyState>
    </section>
  );
}
