// CSV for report cards: her conferences and goals, for one class or all, between two dates.
import { format } from 'date-fns';
import { useState } from 'preact/hooks';
import { listClasses, schoolYearOf } from '../../data/index.ts';
import { failureWords } from '../../protocol/words.ts';
import { Outcome } from '../../ui/Outcome.tsx';
import { saveFile } from '../../ui/saveFile.ts';
import { useLive } from '../../ui/useLive.ts';

function yearStart(now: Date): string {
  return `${schoolYearOf(now).slice(0, 4)}-08-01`;
}

export function ReportSection() {
  const classes = useLive(() => listClasses(), []);
  const [choice, setChoice] = useState({
    classId: '',
    from: yearStart(new Date()),
    to: format(new Date(), 'yyyy-MM-dd'),
  });
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(what: 'conferences' | 'goals') {
    setError(null);
    setMessage(null);
    if (choice.from > choice.to) return setError('The first date is after the last one.');
    try {
      const report = await import('./reportCsv.ts');
      const request = { classId: choice.classId || null, from: choice.from, to: choice.to };
      const text =
        what === 'conferences' ? await report.conferencesCsv(request) : await report.goalsCsv(request);
      const name = `${what}-${choice.from}-to-${choice.to}.csv`;
      await saveFile(new File([text], name, { type: 'text/csv;charset=utf-8' }));
      setMessage(`Saved ${name}.`);
    } catch (failure) {
      setError(failureWords(failure));
    }
  }

  return (
    <section class="card" aria-labelledby="report-title">
      <h2 id="report-title">For report cards</h2>
      <form class="form" aria-label="Report-card export" onSubmit={(e) => e.preventDefault()}>
        <label class="field">
          <span>Class</span>
          <select
            value={choice.classId}
            onChange={(e) => setChoice({ ...choice, classId: e.currentTarget.value })}
          >
            <option value="">All classes</option>
            {classes.status === 'ready' &&
              classes.value.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </label>
        <label class="field">
          <span>From</span>
          <input
            type="date"
            value={choice.from}
            onInput={(e) => setChoice({ ...choice, from: e.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span>To</span>
          <input
            type="date"
            value={choice.to}
            onInput={(e) => setChoice({ ...choice, to: e.currentTarget.value })}
          />
        </label>
        <div class="toolbar">
          <button type="button" onClick={() => void save('conferences')}>
            Conferences (CSV)
          </button>
          <button type="button" onClick={() => void save('goals')}>
            Goals (CSV)
          </button>
        </div>
      </form>
      <Outcome message={message} error={error} />
    </section>
  );
}
