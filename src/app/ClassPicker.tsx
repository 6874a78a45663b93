// Which class she is looking at, in the top bar. A teacher of grades 3-8 often has several sections.
import { useLocation } from 'preact-iso';
import { chooseClass } from '../ui/currentClass.ts';
import { useCurrentClass } from '../ui/useCurrentClass.ts';

const MANAGE = '__manage__';

export function ClassPicker() {
  const choice = useCurrentClass();
  const { route } = useLocation();
  if (choice.status !== 'ready' || !choice.value.current) return null;
  const active = choice.value.classes.filter((c) => c.archived === 0);
  return (
    <label class="class-picker">
      <span class="visually-hidden">Class</span>
      <select
        value={choice.value.current.id}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value === MANAGE) {
            e.currentTarget.value = choice.value.current?.id ?? '';
            route('/classes');
          } else void chooseClass(value);
        }}
      >
        {active.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
        <option value={MANAGE}>Manage classes…</option>
      </select>
    </label>
  );
}
