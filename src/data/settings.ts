// Small per-device settings in idb-keyval (never records: those live in Dexie). Reads never throw into
// the UI: a failed read gives the default.
import { get, set } from 'idb-keyval';

export interface Settings {
  deviceId: string | null;
  currentClassId: string | null;
  /** Days after which a student is "due" and "overdue" on the class record grid. */
  overdueDays: { due: number; overdue: number };
  syncServer: string | null;
  syncToken: string | null;
  /** The account she signed in with, to show in Settings. */
  syncEmail: string | null;
  /** When she last saved a backup file (ISO), for "Last backup: N days ago". */
  lastBackupAt: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  deviceId: null,
  currentClassId: null,
  overdueDays: { due: 7, overdue: 14 },
  syncServer: null,
  syncToken: null,
  syncEmail: null,
  lastBackupAt: null,
};

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
  try {
    const value = await get<Settings[K]>(key);
    return value === undefined ? DEFAULT_SETTINGS[key] : value;
  } catch {
    return DEFAULT_SETTINGS[key];
  }
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await set(key, value);
}
