import { EmptyState } from '../../app/EmptyState.tsx';

export function StudentsScreen() {
  return (
    <section aria-labelledby="students-title">
      <header class="screen-header">
        <h1 id="students-title">Students</h1>
      </header>
      <EmptyState title="No students yet">
        <p>Each student's conferences and goals will be here, newest first.</p>
      </EmptyState>
    </section>
  );
}
