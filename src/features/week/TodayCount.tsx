// "Today: 3 conferences": seed 002 plans four or five a workshop; the count sits above the grid.
import { startOfDay } from 'date-fns';
import { conferencesSince } from '../../data/index.ts';
import { useLive } from '../../ui/useLive.ts';

export function todayWords(count: number): string {
  return `Today: ${count} ${count === 1 ? 'conference' : 'conferences'} · four or five a workshop`;
}

export function TodayCount(props: { classId: string }) {
  const live = useLive(
    () => conferencesSince(props.classId, startOfDay(new Date()).toISOString()),
    [props.classId],
  );
  if (live.status !== 'ready') return null;
  const count = live.value.filter((c) => c.deleted === 0).length;
  return (
    <p class="today-count" data-testid="today-count">
      {todayWords(count)}
    </p>
  );
}
