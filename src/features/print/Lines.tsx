// Empty ruled rows for a blank form, for a coach or a substitute who works on paper.
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
