import { EmptyState } from '../../app/EmptyState.tsx';

export function GoalsScreen() {
  return (
    <section aria-labelledby="goals-title">
      <header class="screen-header">
        <h1 id="goals-title">Goals</h1>
      </header>
      <EmptyState title="No goals yet">
        <p>Three or four goals a student, set in conferences and revisited: they will gather here by need.</p>
      </EmptyState>
    </section>
  );
}
