// Which class she is looking at, in the top bar. A teacher of grades 3-8 often has several sections.
import { useLocation } from 'preact-iso';
import { chooseClass } from '../ui/currentClass.ts';
import { useCurrentClass } from '../ui/useCurrentClass.ts';
import { useShares } from '../ui/useShares.ts';

const MANAGE = '__manage__';

/** A class shared with her is labelled with its owner's name. */
function ownerLabel(name: string, share: { role: string; owner: string } | undefined): string {
  return share && share.role !== 'owner' ? `${name} (${share.owner})` : name;
}

export function ClassPicker() {
  const choice = useCurrentClass();
  const shares = useShares();
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
            {ownerLabel(
              c.name,
              shares.shares.find((s) => s.classId === c.id),
            )}
          </option>
        ))}
        <option value={MANAGE}>Manage classes…</option>
      </select>
    </label>
  );
}
