// A banner whose code loads after the first screen, so the app shell carries none of it (the Safari-tab
// notice): the shell's banners draw the component put here, until it is cleared. (Kept in an object: a
// bare function given to a state setter would be called as an updater.)
import type { ComponentType } from 'preact';
import { createStatus } from '../data/index.ts';

export const lateBanner = createStatus<{ Banner: ComponentType } | null>(null);
