// Privacy in the room: names covered at one tap, initials only, and the screen lock (a PIN asked when the
// app opens and after a chosen idle time). Read from the device's settings before anything is shown;
// each change is written before it takes effect, so a reload never uncovers what she covered.
import { createStatus, getSetting, type PinLock, setSetting } from '../data/index.ts';

export const namesHidden = createStatus(false);
/** Students' names shown as initials ("A.L.") where children can see the screen (ui/names.ts shows them). */
export const initialsOnly = createStatus<boolean>(false);
/** `null` until the settings were read: the shell shows nothing of hers until then. */
export const locked = createStatus<boolean | null>(null);
export const pinLock = createStatus<PinLock | null>(null);

export async function loadPrivacy(): Promise<void> {
  const [hidden, initials, lock] = await Promise.all([
    getSetting('namesHidden'),
    getSetting('initialsOnly'),
    getSetting('pinLock'),
  ]);
  namesHidden.set(hidden);
  initialsOnly.set(initials);
  pinLock.set(lock);
  // The app opening is a lock moment (main.tsx starts the idle watch when there is a PIN).
  locked.set(lock !== null);
}

export async function hideNames(hidden: boolean): Promise<void> {
  await setSetting('namesHidden', hidden);
  namesHidden.set(hidden);
}

export async function setInitialsOnly(on: boolean): Promise<void> {
  await setSetting('initialsOnly', on);
  initialsOnly.set(on);
}
