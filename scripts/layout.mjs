// `npm run layout`: the code's layout from its imports, as counts a reviewer can check. Rooms are the
// folders under src/ (each feature its own room); floors run from the app's entry down to the protocol.
// Prints the imports that run back up a floor, the rooms that import each other (loops), and the imports
// that go around a door (src/data is entered through data/index.ts, and data/onDemand.ts for what loads at
// a tap, or by the sync machinery through data/syncDoor.ts; src/sync through sync/index.ts). Exits 1 when any is found.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');
/** Floors, top first: a room may import its own floor's other rooms only where noted, and any floor below. */
const FLOORS = [
  ['main.tsx'],
  ['app'],
  ['features'],
  ['ui', 'state'],
  ['patterns', 'sync'],
  ['data', 'server'],
  ['protocol'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name)) yield path;
  }
}

/** The room of a file: its top folder under src (a feature's own folder for features). */
function roomOf(file) {
  const parts = relative(SRC, file).split('/');
  if (parts.length === 1) return parts[0];
  if (parts[0] === 'features') return `features/${parts[1]}`;
  return parts[0];
}
const floorOf = (room) => FLOORS.findIndex((rooms) => rooms.includes(room.split('/')[0]));

const up = [];
const around = [];
const edges = new Map();
for (const file of files(SRC)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
    const spec = match[1] ?? match[2];
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC) || /\.(css|json)$/.test(target)) continue;
    const from = roomOf(file);
    const to = roomOf(target);
    if (from === to) continue;
    if (floorOf(to) < floorOf(from)) up.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
    const inData = relative(SRC, target).startsWith('data/');
    const door =
      ['data/index.ts', 'data/onDemand.ts'].includes(relative(SRC, target)) ||
      (from === 'sync' && relative(SRC, target) === 'data/syncDoor.ts');
    if (inData && !door && from !== 'server') around.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    const inSync = relative(SRC, target).startsWith('sync/');
    if (inSync && relative(SRC, target) !== 'sync/index.ts' && from !== 'sync')
      around.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
  }
}
const loops = [];
for (const [from, tos] of edges)
  for (const to of tos) if (from < to && edges.get(to)?.has(from)) loops.push(`${from} ⇄ ${to}`);

const rooms = new Set([...edges.keys(), ...[...edges.values()].flatMap((s) => [...s])]);
console.log(`${rooms.size} rooms, ${[...edges.values()].reduce((n, s) => n + s.size, 0)} arrows between rooms`);
console.log(`imports that run back up a floor: ${up.length}`);
for (const line of up) console.log(`  ${line}`);
console.log(`rooms that import each other: ${loops.length}`);
for (const line of loops) console.log(`  ${line}`);
console.log(`imports around a door (data/index.ts and data/onDemand.ts, data/syncDoor.ts for sync, sync/index.ts): ${around.length}`);
for (const line of around.slice(0, Number(process.env.LAYOUT_SHOW ?? 40))) console.log(`  ${line}`);
if (around.length > Number(process.env.LAYOUT_SHOW ?? 40)) console.log(`  … and ${around.length - Number(process.env.LAYOUT_SHOW ?? 40)} more`);
process.exitCode = up.length + loops.length + around.length > 0 ? 1 : 0;
