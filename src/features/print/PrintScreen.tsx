// The paper forms, filled from her data or blank (for a coach or a substitute who works on paper): the
// class record sheet, the 9-kid sheet for a week, a student's goal sheet, seed 002's conference notes
// form, and a one-page summary for a parent meeting. US Letter or A4, portrait or landscape; a row is
// never cut across pages.
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { EmptyState, LoadError, Loading } from '../../ui/EmptyState.tsx';
import { useCurrentClass } from '../../ui/useCurrentClass.ts';
import { useLoad } from '../../ui/useLoad.ts';
import { classRecordSheet, nineKidSheet, parentSummary, studentForms } from './printData.ts';
import './print.css';

const BLANK_ROWS = 25;
const FORMS = {
  class: 'Class record',
  'nine-kid': '9-kid record',
  goals: 'Goal sheet',
  notes: 'Conference notes',
  parent: 'For a parent meeting',
  handoff: 'Hand-off for next year',
} as const;
type Form = keyof typeof FORMS;

function Lines(props: { count: number; columns: number }) {
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

function ClassRecordForm(props: { blank: boolean }) {
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

function NineKidForm(props: { blank: boolean; week: string }) {
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

function StudentForm(props: { form: 'goals' | 'notes'; studentId: string; blank: boolean }) {
  const data = useLoad(
    async () => (props.blank ? null : studentForms(props.studentId)),
    [props.studentId, props.blank],
  );
  if (data.status === 'loading') return <Loading what="the form" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  const name = data.value?.student.name ?? '________________________';
  if (props.form === 'goals')
    return (
      <article class="paper">
        <h1>Keeping Conference Records: Goals for {name}</h1>
        <table>
          <thead>
            <tr>
              <th>Goal</th>
              <th>Set on</th>
              <th>Status</th>
              <th>Revisit on</th>
            </tr>
          </thead>
          <tbody>
            {data.value ? (
              data.value.goals.map((g) => (
                <tr key={g.id}>
                  <td>{g.text}</td>
                  <td>{g.setOn}</td>
                  <td>{g.status}</td>
                  <td>{g.revisitOn ?? ''}</td>
                </tr>
              ))
            ) : (
              <Lines count={6} columns={4} />
            )}
          </tbody>
        </table>
      </article>
    );
  const conferences = data.value?.conferences ?? [];
  const dates =
    conferences.length > 0
      ? `${conferences.at(-1)?.at.slice(0, 10)} to ${conferences[0]?.at.slice(0, 10)}`
      : '______________';
  return (
    <article class="paper">
      <h1>
        Assessment Notes For {name} · Dates {dates}
      </h1>
      <table class="paper-two">
        <thead>
          <tr>
            <th>Conference Notes</th>
            <th>Goals</th>
          </tr>
        </thead>
        <tbody>
          {data.value ? (
            <tr>
              <td>
                {conferences.map((c) => (
                  <p key={c.id}>
                    <strong>{c.at.slice(0, 10)}</strong> {c.teachingPoint}{' '}
                    {c.nextStep && `Next: ${c.nextStep}`}
                  </p>
                ))}
              </td>
              <td>
                {data.value.goals.map((g) => (
                  <p key={g.id}>
                    {g.text} ({g.status})
                  </p>
                ))}
              </td>
            </tr>
          ) : (
            <Lines count={BLANK_ROWS} columns={2} />
          )}
        </tbody>
      </table>
    </article>
  );
}

function HandoffForm(props: { classId: string }) {
  const data = useLoad(
    async () => (await import('../../data/handoff.ts')).buildHandoff(props.classId),
    [props.classId],
  );
  const [saved, setSaved] = useState<string | null>(null);
  if (data.status === 'loading') return <Loading what="the hand-off" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  const handoff = data.value;
  async function save() {
    const name = `hand-off-${handoff.class.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${handoff.class.schoolYear}.json`;
    const file = new File([JSON.stringify(handoff, null, 1)], name, { type: 'application/json' });
    if (navigator.canShare?.({ files: [file] }))
      await navigator.share({ files: [file], title: name }).catch(() => undefined);
    else {
      const url = URL.createObjectURL(file);
      Object.assign(document.createElement('a'), { href: url, download: name }).click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    }
    setSaved(name);
  }
  return (
    <>
      <div class="print-controls toolbar">
        <button type="button" onClick={() => void save()}>
          Save the hand-off file
        </button>
        {saved && (
          <span role="status">Saved {saved}: next year’s teacher imports it on her Students screen.</span>
        )}
      </div>
      <article class="paper">
        <h1>
          Hand-off: {handoff.class.name}, {handoff.class.schoolYear}
        </h1>
        {handoff.students.map((s) => (
          <section key={s.name} class="paper-student">
            <h2>{s.name}</h2>
            <p>
              <strong>Goals:</strong>{' '}
              {s.goals.length === 0
                ? '—'
                : s.goals
                    .map((g) => `${g.text} (${g.status === 'working' ? 'working on it' : g.status})`)
                    .join('; ')}
            </p>
            <p>
              <strong>Last teaching points:</strong> {s.teachingPoints.join('; ') || '—'}
            </p>
            <p>
              <strong>Strengths named:</strong> {s.strengths.join('; ') || '—'}
            </p>
          </section>
        ))}
      </article>
    </>
  );
}

function ParentForm(props: { studentId: string }) {
  const data = useLoad(() => parentSummary(props.studentId), [props.studentId]);
  if (data.status === 'loading') return <Loading what="the summary" />;
  if (data.status === 'error') return <LoadError error={data.error} />;
  if (!data.value) return <EmptyState title="Student not found">{null}</EmptyState>;
  const s = data.value;
  return (
    <article class="paper">
      <h1>{s.name}: writing conferences</h1>
      <h2>Goals</h2>
      <ul>
        {s.goals.length === 0 ? (
          <li>No goals set yet.</li>
        ) : (
          s.goals.map((g) => (
            <li key={g.text}>
              {g.text} ({g.status === 'working' ? 'working on it' : g.status}, since {g.setOn})
            </li>
          ))
        )}
      </ul>
      <h2>Strengths we named</h2>
      <ul>
        {s.strengths.length === 0 ? (
          <li>—</li>
        ) : (
          s.strengths.map((x) => (
            <li key={x.when + x.text}>
              {x.text} ({x.when})
            </li>
          ))
        )}
      </ul>
      <h2>What we are working on next</h2>
      <ul>
        {s.next.length === 0 ? (
          <li>—</li>
        ) : (
          s.next.map((x) => (
            <li key={x.when + x.text}>
              {x.text} ({x.when})
            </li>
          ))
        )}
      </ul>
    </article>
  );
}

export function PrintScreen(props: { params?: { form?: string } }) {
  const { query } = useLocation();
  const form = (props.params?.form ?? 'class') as Form;
  const blank = query.blank === '1';
  const [paper, setPaper] = useState<'letter' | 'A4'>('letter');
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>(
    form === 'class' ? 'landscape' : 'portrait',
  );
  if (!(form in FORMS)) return <EmptyState title="No such form">{null}</EmptyState>;
  return (
    <section aria-label={`Print: ${FORMS[form]}`}>
      <style>{`@page { size: ${paper} ${orientation}; margin: 12mm; }`}</style>
      <div class="print-controls toolbar">
        <label>
          Paper{' '}
          <select value={paper} onChange={(e) => setPaper(e.currentTarget.value as 'letter' | 'A4')}>
            <option value="letter">US Letter</option>
            <option value="A4">A4</option>
          </select>
        </label>
        <label>
          Orientation{' '}
          <select
            value={orientation}
            onChange={(e) => setOrientation(e.currentTarget.value as 'portrait' | 'landscape')}
          >
            <option value="portrait">Portrait</option>
            <option value="landscape">Landscape</option>
          </select>
        </label>
        <button type="button" class="primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {form === 'class' && <ClassRecordForm blank={blank} />}
      {form === 'nine-kid' && <NineKidForm blank={blank} week={query.week ?? ''} />}
      {(form === 'goals' || form === 'notes') && (
        <StudentForm form={form} studentId={query.student ?? ''} blank={blank} />
      )}
      {form === 'parent' && <ParentForm studentId={query.student ?? ''} />}
      {form === 'handoff' && <HandoffForm classId={query.class ?? ''} />}
    </section>
  );
}
