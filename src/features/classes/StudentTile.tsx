// One student on the class record grid: name, days since the last conference, the last teaching point.
// Colour shows how overdue, and the words say it too (never colour alone).
import type { ClassRecordRow } from './classRecord.ts';

const STATUS_WORDS = { recent: 'Seen recently', due: 'Due', overdue: 'Overdue', never: 'Not yet conferred' };

export function daysLabel(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return '1 day ago';
  return `${days} days ago`;
}

export function StudentTile(props: { row: ClassRecordRow }) {
  const { student, daysSince, status, last, seenThisWeek } = props.row;
  const point = last?.teachingPoint.trim() || '';
  const when = daysSince === null ? '' : `, last conference ${daysLabel(daysSince)}`;
  return (
    <li>
      <a
        href={`/students/${student.id}`}
        class={`tile status-${status}`}
        aria-label={`${student.name}: ${STATUS_WORDS[status]}${when}${seenThisWeek ? ', seen this week' : ''}${point ? `. Last teaching point: ${point}` : ''}`}
      >
        <span class="tile-name">{student.name}</span>
        <span class="tile-days">
          <span class="status-word">{STATUS_WORDS[status]}</span>
          {daysSince !== null && ` · ${daysLabel(daysSince)}`}
          {seenThisWeek && <span class="badge"> ✓ this week</span>}
        </span>
        {point && <span class="tile-point">{point}</span>}
      </a>
    </li>
  );
}
