// A plain horizontal bar chart in SVG, one bar a row, with the target band shaded (4-5 a workshop, 5-7
// minutes). VoiceOver reads the table beside it, not the drawing.
const ROW = 32;
const LABEL = 200;
const WIDTH = 640;
/** Room right of the longest bar for its words. */
const WORDS = 230;

export interface Bar {
  label: string;
  value: number;
  /** How the value reads ("4 conferences", "6.2 min"). */
  words: string;
  /** The row's name in the table when the bar's label is a shortening of it. */
  title?: string;
}

export function BarChart(props: {
  caption: string;
  bars: readonly Bar[];
  /** The scale's end; the largest value when not given. */
  max?: number;
  /** The target band, shaded. */
  band?: { low: number; high: number };
  /** The first column's heading in the table. */
  what: string;
}) {
  const { bars } = props;
  const max = Math.max(props.max ?? 0, ...bars.map((b) => b.value), props.band?.high ?? 0, 1);
  const scale = (v: number) => ((WIDTH - LABEL - WORDS) * v) / max;
  const height = Math.max(1, bars.length) * ROW + 8;
  return (
    <figure class="chart">
      <figcaption>{props.caption}</figcaption>
      {bars.length === 0 ? (
        <p class="muted">Nothing to show yet.</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" class="chart-svg">
          {props.band && (
            <rect
              class="chart-band"
              x={LABEL + scale(props.band.low)}
              y={0}
              width={scale(props.band.high) - scale(props.band.low)}
              height={height}
            />
          )}
          {bars.map((b, i) => (
            <g key={b.label}>
              <text x={LABEL - 8} y={i * ROW + 20} class="chart-label">
                {b.label}
              </text>
              <rect
                class="chart-bar"
                x={LABEL}
                y={i * ROW + 6}
                width={scale(b.value)}
                height={ROW - 10}
                rx={3}
              />
              <text x={LABEL + scale(b.value) + 6} y={i * ROW + 20} class="chart-value">
                {b.words}
              </text>
            </g>
          ))}
        </svg>
      )}
      {bars.length > 0 && (
        <table class="visually-hidden">
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.what}</th>
              <th scope="col">How many</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.title ?? b.label}</th>
                <td>{b.words}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
