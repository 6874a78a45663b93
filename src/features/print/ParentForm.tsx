// One page for a parent meeting, about one child: the class, her name and the day, the child's goals and
// their status, the strengths she named and what comes next. No other child is named on it.
import { useState } from 'preact/hooks';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useLoad } from '../../ui/useLoad.ts';
import { useSetting } from '../../ui/useSetting.ts';
import { FillIn } from './Lines.tsx';
import { parentSummary } from './printData.ts';

/** Her name on the summary: the one she set in Settings (kept on this iPad), or typed here. */
function TeacherName(props: { name: string; onChange: (name: string) => void }) {
  return (
    <div class="print-controls toolbar">
      <label>
        Your name on the summary{' '}
        <input
          type="text"
          maxLength={80}
          autoComplete="name"
          placeholder="Ms. Rivera"
          value={props.name}
          onInput={(e) => props.onChange(e.currentTarget.value)}
        />
      </label>
    </div>
  );
}

export function ParentForm(props: { studentId: string }) {
  const data = useLoad(() => parentSummary(props.studentId), [props.studentId]);
  const [saved, save] = useSetting('teacherName');
  // What she types shows at once; the device's copy follows (a reply from storage never undoes a key).
  const [typed, setTyped] = useState<string | null>(null);
  const teacher = typed ?? saved ?? '';
  if (data.status === 'loading') return <Loading what="the summary" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  if (!data.value) return <EmptyState title="Student not found">{null}</EmptyState>;
  const s = data.value;
  return (
    <>
      <TeacherName
        name={teacher}
        onChange={(name) => {
          setTyped(name);
          void save(name.trim() || null);
        }}
      />
      <article class="paper">
        <h1>{s.name}: writing conferences</h1>
        <p class="paper-meta">
          <FillIn label="Class" value={[s.className, s.schoolYear].filter(Boolean).join(', ')} />
          <FillIn label="Teacher" value={teacher.trim()} />
          <FillIn label="Date" value={s.printedOn} />
        </p>
        <h2>Goals</h2>
        <ul>
          {s.goals.length === 0 ? (
            <li>No goals set yet.</li>
          ) : (
            s.goals.map((g) => (
              <li key={g.text}>
                {g.text} ({g.status}, since {g.setOn})
              </li>
            ))
          )}
        </ul>
        <h2>Strengths we named</h2>
        <ul>
          {s.strengths.length === 0 ? (
            <li>—</li>
          ) : (
            s.strengths.map((x) => (
              <li key={x.when + x.text}>
                {x.text} ({x.when})
              </li>
            ))
          )}
        </ul>
        <h2>What we are working on next</h2>
        <ul>
          {s.next.length === 0 ? (
            <li>—</li>
          ) : (
            s.next.map((x) => (
              <li key={x.when + x.text}>
                {x.text} ({x.when})
              </li>
            ))
          )}
        </ul>
      </article>
    </>
  );
}
