// npm 11 leaves platform-specific optional packages (esbuild, rollup, biome builds for other systems) out
// of package-lock.json when the registry will not serve their manifests, and then `npm ci` refuses the
// lockfile ("Missing: … from lock file"). This adds the missing entries with the os / cpu / libc their
// names state, so npm ci skips them on every other platform exactly as it would with full metadata.
// Run through `npm run lock` after changing dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;
const OSES = ['android', 'darwin', 'freebsd', 'linux', 'openbsd', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd'];

function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const at = tokens.findIndex((t) => OSES.includes(t));
  if (at === -1) return null;
  const [os, cpu, abi] = tokens.slice(at);
  if (!cpu) return null;
  const entry = { os: [os], cpu: [cpu] };
  if (abi?.startsWith('musl')) entry.libc = ['musl'];
  else if (abi?.startsWith('gnu') || (os === 'linux' && !abi)) entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [child, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${child}`;
    if (packages[nested] || packages[`node_modules/${child}`]) continue;
    const platform = platformOf(child);
    if (!platform) {
      console.error(`${child} (optional, from ${path || 'the root'}) is missing and names no platform: left alone.`);
      continue;
    }
    packages[`node_modules/${child}`] = { version, ...platform, ...(meta.dev ? { dev: true } : {}), optional: true };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entries added.`);
