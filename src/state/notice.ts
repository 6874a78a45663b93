// A short confirmation after an action that took her to another screen ("Saved: conference with Ana
// Lima."): shown for a few seconds by the shell, in a live region VoiceOver reads.
import { createStatus } from '../data/index.ts';

export interface Notice {
  text: string;
  /** Tells two notices with the same words apart, so the second one shows again. */
  at: number;
}

export const notice = createStatus<Notice | null>(null);

export function announce(text: string): void {
  notice.set({ text, at: Date.now() });
}
