// Students conferred with per week, as plain SVG bars; the numbers are also in the accessible name and
// a visually hidden table so VoiceOver reads the data, not the drawing.
import type { WeekCoverage } from '../../data/index.ts';

const WIDTH = 480;
const HEIGHT = 140;
const AXIS = 22;

export function CoverageChart(props: { weeks: WeekCoverage[]; total: number }) {
  const { weeks, total } = props;
  const top = Math.max(total, 1);
  const slot = WIDTH / weeks.length;
  const bar = slot * 0.62;
  const summary = weeks.map((w) => `week of ${w.label}: ${w.seen} of ${total}`).join('; ');
  if (weeks.every((w) => w.seen === 0))
    return (
      <figure class="coverage card">
        <figcaption>Students conferred with, per week</figcaption>
        <p class="muted">No conferences yet: the bars fill in as you confer.</p>
      </figure>
    );
  return (
    <figure class="coverage card">
      <figcaption>Students conferred with, per week</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        role="img"
        aria-label={`Coverage: ${summary}`}
        class="coverage-svg"
      >
        <line x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} class="axis" />
        {weeks.map((w, i) => {
          const h = Math.round((w.seen / top) * (HEIGHT - 18));
          const x = i * slot + (slot - bar) / 2;
          return (
            <g key={w.weekOf} class={i === weeks.length - 1 ? 'this-week' : undefined}>
              <rect x={x} y={HEIGHT - h} width={bar} height={h} rx="3" class="bar" />
              <text x={x + bar / 2} y={HEIGHT - h - 4} class="bar-value">
                {w.seen}
              </text>
              <text x={x + bar / 2} y={HEIGHT + 16} class="bar-label">
                {w.label}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <caption>Students conferred with per week, of {total}</caption>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekOf}>
              <th scope="row">Week of {w.label}</th>
              <td>{w.seen}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
