// Note search over one teacher's five years (30,000 conferences): each query as she types.
import { performance } from 'node:perf_hooks';
import { buildNoteIndex, type NoteFilters, searchNotes } from '../../src/features/search/searchNotes.ts';
import { generateDataset } from './dataset.ts';
import { percentile, report } from './table.ts';

export function benchSearch(): void {
  const data = generateDataset();
  const names = new Map(data.students.map((s) => [s.id, s.name]));
  // What a save now does once per note (data/noteText.ts), all 30,000 at once.
  const started = performance.now();
  const index = buildNoteIndex(data.conferences);
  const built = performance.now() - started;
  const queries: NoteFilters[] = [
    { text: 't' },
    { text: 'teaching point 12' },
    { text: 'stretch important' },
    { studentId: data.students[3]?.id },
    { type: 'content', lens: 'structure' },
    { from: '2025-01-01', to: '2025-06-30' },
    { text: 'zebra' },
    { studentId: data.students[140]?.id, text: 'point', from: '2026-09-01' },
  ];
  const times: number[] = [];
  for (let round = 0; round < 25; round++) {
    for (const filters of queries) {
      const t0 = performance.now();
      searchNotes(index, filters, names);
      times.push(performance.now() - t0);
    }
  }
  const p95 = percentile(times, 95);
  report({
    what: 'note search in Node, one query over 30,000 folded notes (no paint)',
    unit: 'ms',
    samples: times,
  });
  console.log(
    `\nNote search over ${index.length.toLocaleString('en-US')} conferences (Node ${process.version}, ${times.length} queries of 8 kinds):`,
  );
  console.log(`  fold every note's words (once, as notes are written) ${built.toFixed(1).padStart(6)} ms`);
  console.log(
    `  one query                                 p50 ${percentile(times, 50).toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   goal <= 50 ms: ${p95 <= 50 ? 'met' : 'MISSED'}`,
  );
}
