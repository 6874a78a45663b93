// Two builds' cold starts side by side: on two shared cores a single run moves by 20–40%, so a change is
// judged by interleaved runs (A, B, A, B…) on the same five years, as the median of the B÷A pair ratios.
//   npm run build && cp -r dist /tmp/distA      (before the change)
//   npm run build && cp -r dist /tmp/distB      (after it)
//   DIST_A=/tmp/distA DIST_B=/tmp/distB node --import tsx tests/bench/coldstart-ab.ts   [RUNS=12]
import { installed, once } from './coldstart.ts';
import { percentile } from './table.ts';

const [distA, distB] = [process.env.DIST_A, process.env.DIST_B];
if (!distA || !distB)
  throw new Error('Set DIST_A and DIST_B to two built dist folders (see the top of this file).');
const RUNS = Number(process.env.RUNS ?? 12);
const a = await installed(distA);
const b = await installed(distB);
// One start each warms the disk, as a device that has opened the app before.
await once(a.profile, a.url, 1);
await once(b.profile, b.url, 1);
for (const throttle of [1, 4]) {
  const times = { a: [] as number[], b: [] as number[] };
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const first = await once(a.profile, a.url, throttle);
    const second = await once(b.profile, b.url, throttle);
    times.a.push(first);
    times.b.push(second);
    ratios.push(second / first);
  }
  const median = (values: number[]) => percentile(values, 50);
  console.log(
    `CPU ${throttle}x, ${RUNS} pairs: A median ${median(times.a).toFixed(0)} ms, B median ${median(times.b).toFixed(0)} ms, B÷A median pair ratio ${median(ratios).toFixed(3)}`,
  );
}
