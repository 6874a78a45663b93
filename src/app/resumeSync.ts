// Sync starts once the first screen is up: main.tsx loads this module then, so the sync client, its
// scheduler and the account it reads load after the first screen, not with the app shell.
import { sync } from '../sync/index.ts';

export function resumeSync(): void {
  sync.resume();
}
