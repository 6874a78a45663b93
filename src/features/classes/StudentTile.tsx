// One student on the class record grid: name, days since the last conference, the last teaching point.
// Colour shows how overdue, and the words say it too (never colour alone).

import type { ClassRecordRow, Coverage } from '../../data/index.ts';
import { shown } from '../../ui/names.ts';

const STATUS_WORDS: Record<Coverage, string> = {
  recent: 'Seen recently',
  due: 'Due',
  overdue: 'Overdue',
  never: 'Not yet conferred',
};

/** Each status's class in classes.css: a typed map, so a new status cannot go unstyled. */
const STATUS_CLASS: Record<Coverage, string> = {
  recent: 'status-recent',
  due: 'status-due',
  overdue: 'status-overdue',
  never: 'status-never',
};

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
        class={`tile ${STATUS_CLASS[status]}`}
        aria-label={`${shown(student.name)}: ${STATUS_WORDS[status]}${when}${seenThisWeek ? ', seen this week' : ''}${point ? `. Last teaching point: ${point}` : ''}`}
      >
        <span class="tile-name">{shown(student.name)}</span>
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
