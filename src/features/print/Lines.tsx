// What a blank form leaves for the pen: ruled rows, and a label with a line to write on ("Class ______"),
// which a filled form fills in.
/** A blank class record: a row a child, for a class of up to 25 (two pages in landscape). */
export const BLANK_ROWS = 25;

export function Lines(props: { count: number; columns: number }) {
  return (
    <>
      {Array.from({ length: props.count }, (_, i) => (
        <tr key={i}>
          {Array.from({ length: props.columns }, (_, j) => (
            <td key={j}>&nbsp;</td>
          ))}
        </tr>
      ))}
    </>
  );
}

/** "Class Room 3 Writers", or "Class" and a line on a blank form. */
export function FillIn(props: { label: string; value?: string }) {
  return (
    <span class="paper-field">
      {props.label}{' '}
      <span class={props.value ? 'paper-filled' : 'paper-blank'}>{props.value || '\u00a0'}</span>
    </span>
  );
}
