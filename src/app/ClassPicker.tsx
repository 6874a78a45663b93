// Which class she is looking at, in the top bar. A teacher of grades 3-8 often has several sections.
import { useLocation } from 'preact-iso';
import { chooseClass } from '../state/currentClass.ts';
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
  // Before any class there is nothing to pick; once the year ended (every class archived) the menu stays,
  // saying no class is open, with Manage classes… (the archived ones are there), so the class does not
  // look deleted.
  if (choice.status !== 'ready' || choice.value.classes.length === 0) return null;
  const { current, classes } = choice.value;
  const active = classes.filter((c) => c.archived === 0);
  return (
    <label class="class-picker">
      <span class="visually-hidden">Class</span>
      <select
        value={current?.id ?? ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (value === MANAGE) {
            e.currentTarget.value = current?.id ?? '';
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
        {!current && (
          <option value="" disabled>
            No class open
          </option>
        )}
        <option value={MANAGE}>Manage classes…</option>
      </select>
    </label>
  );
}
