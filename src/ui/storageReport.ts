// Asks the browser to keep our data (best effort on iPad) and reports how much space is used; in a Safari
// tab on an iPad, where Safari may delete it after seven days without a visit, has the shell say so.
// Never throws into the UI: on a browser without the API the answer is "unknown".
import { createStatus, getSetting } from '../data/index.ts';
import { lateBanner } from '../state/lateBanner.ts';
import { readDeviceFacts } from './deviceFacts.ts';
import { inSafariTab, whereItRuns } from './homeScreen.ts';

export interface StorageReport {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export const storageReport = createStatus<StorageReport>({ persisted: null, usage: null, quota: null });

export async function askForPersistentStorage(): Promise<void> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) return;
  let persisted: boolean | null = null;
  try {
    persisted = (await storage.persisted?.()) || ((await storage.persist?.()) ?? null);
  } catch {
    persisted = null;
  }
  await refreshEstimate(persisted);
}

export async function refreshEstimate(persisted = storageReport.get().persisted): Promise<void> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    storageReport.set({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
  } catch {
    storageReport.set({ persisted, usage: null, quota: null });
  }
}

/**
 * In a Safari tab on an iPad (or iPhone), unless she dismissed it: the notice, loaded only then. Marks
 * when it has decided (Safari's Web Inspector shows it; the end-to-end tests wait for it).
 */
export async function warnInSafariTab(): Promise<void> {
  try {
    if (!inSafariTab(whereItRuns(readDeviceFacts())) || (await getSetting('safariTabNoticeDismissed')))
      return;
    const { SafariTabNotice } = await import('./SafariTabNotice.tsx');
    lateBanner.set({ Banner: SafariTabNotice });
  } finally {
    performance.mark('safari-tab-checked');
  }
}
