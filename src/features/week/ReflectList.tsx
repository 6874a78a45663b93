// Reflect (This week): recorded conferences she has not reflected on yet, newest first; a tap opens the
// recording and seed 001's five questions.
import { listStudents, toReflectOn, weekdayAndTime } from '../../data/index.ts';
import { shown } from '../../ui/names.ts';
import { useLive } from '../../ui/useLive.ts';

/** The newest few: the list is a reminder, not an archive. */
const SHOWN = 8;

async function load(classId: string) {
  const [waiting, students] = await Promise.all([
    toReflectOn(classId, SHOWN),
    listStudents(classId, { includeArchived: true }),
  ]);
  const names = new Map(students.map((s) => [s.id, shown(s.name)]));
  return waiting.map(({ conference }) => ({
    id: conference.id,
    who: conference.studentIds.map((id) => names.get(id) ?? 'a student').join(', '),
    when: weekdayAndTime(conference.at),
  }));
}

export function ReflectList(props: { classId: string }) {
  const live = useLive(() => load(props.classId), [props.classId]);
  if (live.status !== 'ready' || live.value.length === 0) return null;
  return (
    <section class="card" aria-labelledby="reflect-list-title">
      <h2 id="reflect-list-title">Reflect</h2>
      <p class="muted">Recorded conferences to listen back to, with five questions.</p>
      <ul class="list" aria-label="Recorded conferences to reflect on">
        {live.value.map((r) => (
          <li key={r.id} class="row">
            <a class="row-main" href={`/reflect/${r.id}`}>
              {r.who} <span class="muted">· {r.when}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
