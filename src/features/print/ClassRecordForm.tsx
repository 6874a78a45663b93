// Seed 003's "Keeping Conference Records (Class)": every child of the class, when she last conferred
// with each and what she taught; filled from her records or blank.
import { day } from '../../data/index.ts';
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useLoad } from '../../ui/useLoad.ts';
import { BLANK_ROWS, FillIn, Lines } from './Lines.tsx';
import { classRecordSheet } from './printData.ts';

export function ClassRecordForm(props: { blank: boolean }) {
  const choice = useCurrentClass();
  const current = choice.status === 'ready' ? choice.value.current : null;
  const rows = useLoad(
    async () => (current && !props.blank ? classRecordSheet(current) : []),
    [current?.id, props.blank],
  );
  if (choice.status === 'loading' || rows.status === 'loading') return <Loading what="the class record" />;
  if (rows.status === 'error') return <LoadError error={rows.error} />;
  const filled = current && !props.blank;
  return (
    <article class="paper">
      <h1>Keeping Conference Records (Class)</h1>
      <p class="paper-meta">
        <FillIn label="Class" value={filled ? current.name : ''} />
        <FillIn label="Date" value={filled ? day(new Date()) : ''} />
      </p>
      <table class="paper-class">
        <thead>
          <tr>
            <th>Student</th>
            <th>Last conference</th>
            <th>Days since</th>
            <th>Last teaching point</th>
          </tr>
        </thead>
        <tbody>
          {filled ? (
            rows.value.map((r) => (
              <tr key={r.name}>
                <td>{r.name}</td>
                <td>{r.last}</td>
                <td>{r.days}</td>
                <td>{r.point}</td>
              </tr>
            ))
          ) : (
            <Lines count={BLANK_ROWS} columns={4} />
          )}
        </tbody>
      </table>
    </article>
  );
}
