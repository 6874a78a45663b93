// The class's own sheets: the class record (seed 003's "Keeping Conference Records (Class)") and the
// 9-kid sheet for a week, filled from her records or blank.
import { LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useLoad } from '../../ui/useLoad.ts';
import { BLANK_ROWS, Lines } from './Lines.tsx';
import { classRecordSheet, nineKidSheet } from './printData.ts';

export function ClassRecordForm(props: { blank: boolean }) {
  const choice = useCurrentClass();
  const current = choice.status === 'ready' ? choice.value.current : null;
  const rows = useLoad(
    async () => (current && !props.blank ? classRecordSheet(current) : []),
    [current?.id, props.blank],
  );
  if (choice.status === 'loading' || rows.status === 'loading') return <Loading what="the class record" />;
  if (rows.status === 'error') return <LoadError error={rows.error} />;
  return (
    <article class="paper">
      <h1>Keeping Conference Records (Class){current && !props.blank ? `: ${current.name}` : ''}</h1>
      <table>
        <thead>
          <tr>
            <th>Student</th>
            <th>Last conference</th>
            <th>Days since</th>
            <th>Last teaching point</th>
          </tr>
        </thead>
        <tbody>
          {props.blank ? (
            <Lines count={BLANK_ROWS} columns={4} />
          ) : (
            rows.value.map((r) => (
              <tr key={r.name}>
                <td>{r.name}</td>
                <td>{r.last}</td>
                <td>{r.days}</td>
                <td>{r.point}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </article>
  );
}

export function NineKidForm(props: { blank: boolean; week: string }) {
  const choice = useCurrentClass();
  const current = choice.status === 'ready' ? choice.value.current : null;
  const names = useLoad(
    async () => (current && !props.blank ? nineKidSheet(current, props.week) : Array(9).fill('')),
    [current?.id, props.blank, props.week],
  );
  if (names.status === 'loading') return <Loading what="the 9-kid sheet" />;
  if (names.status === 'error') return <LoadError error={names.error} />;
  return (
    <article class="paper">
      <h1>Keeping Conference Records (9 kids){props.blank ? '' : `: week of ${props.week}`}</h1>
      <ol class="paper-nine">
        {(names.value as string[]).map((name, i) => (
          <li key={i}>
            <strong>{name || 'Name: ____________'}</strong>
            <span class="paper-lines" />
          </li>
        ))}
      </ol>
    </article>
  );
}
