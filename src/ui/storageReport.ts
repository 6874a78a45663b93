// Asks the browser to keep our data (best effort on iPad) and reports how much space is used. Never
// throws into the UI: on a browser without the API the answer is "unknown".
import { createStatus } from '../data/status.ts';

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
