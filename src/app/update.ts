// "A new version is ready": the status the top bar shows, and the reload she asks for. The registration
// itself (pwa.ts, with workbox-window) loads after the first screen, not with the app shell.
import { createStatus } from '../data/index.ts';

export const updateReady = createStatus(false);
let registration: ServiceWorkerRegistration | undefined;

export function registered(found: ServiceWorkerRegistration | undefined): void {
  registration = found;
}

/**
 * Activates the waiting service worker, then reloads once it controls the page. Only when the teacher
 * asked for it. (Done here rather than by vite-plugin-pwa's helper: that one reloads only for updates
 * workbox-window itself found, and an update found on returning to the foreground never reloaded.)
 */
export function reloadToUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
