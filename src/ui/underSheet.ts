// A screen kept mounted under the quick-log sheet (the week: App's WeekAndSheet).
import { createContext } from 'preact';

/**
 * True while the sheet covers the screen: its live queries stop re-reading while it cannot be seen (each
 * keystroke on the sheet writes a draft, which the week reads), and read again when it shows. What it
 * showed stays, so it comes back on its first frame.
 */
export const Covered = createContext(false);

/**
 * Closes a sheet opened over a screen at once, without waiting for the browser's Back (history.back()
 * answers a frame or more later): the screen under it shows on the next frame, the address follows.
 * Null where the sheet is a page of its own.
 */
export const CloseSheet = createContext<(() => void) | null>(null);
