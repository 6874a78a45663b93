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
  /** The name this device gives itself when it signs in (Settings → Devices on her other devices). */
  deviceName: string | null;
  /** Names covered until she taps Show (kept across a reload, so a reload never uncovers them). */
  namesHidden: boolean;
  /** Students shown as initials on every screen. */
  initialsOnly: boolean;
  /** The screen lock: a salted PBKDF2 hash of her PIN, never the PIN. */
  pinLock: PinLock | null;
  /** Wrong PINs in a row, and until when (epoch ms) the next try must wait. */
  pinFailures: { count: number; until: number };
  /** Her name as she set it (Settings → Your account, or on the parent summary), kept on the device so
   * the parent summary prints it offline too. */
  teacherName: string | null;
  /** She dismissed the notice that her notes are in a Safari tab (Settings still says it). */
  safariTabNoticeDismissed: boolean;
}

export interface PinLock {
  /** base64 */
  salt: string;
  /** base64 of the PBKDF2-SHA-256 key */
  hash: string;
  iterations: number;
  /** Lock after this many minutes without a touch (and whenever the app opens). */
  idleMinutes: 1 | 5 | 15;
}

export const DEFAULT_SETTINGS: Settings = {
  deviceId: null,
  currentClassId: null,
  overdueDays: { due: 7, overdue: 14 },
  syncServer: null,
  syncToken: null,
  syncEmail: null,
  lastBackupAt: null,
  deviceName: null,
  namesHidden: false,
  initialsOnly: false,
  pinLock: null,
  pinFailures: { count: 0, until: 0 },
  teacherName: null,
  safariTabNoticeDismissed: false,
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
