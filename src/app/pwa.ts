// The one page-side owner of the service worker: registers it, checks for an update whenever the app
// comes back to the foreground (iPad may not otherwise see one until relaunch), and shows "A new version
// is ready" without ever reloading by itself: the teacher taps reload between conferences.
import { registerSW } from 'virtual:pwa-register';
import { createStatus } from '../data/status.ts';

export const updateReady = createStatus(false);
let registration: ServiceWorkerRegistration | undefined;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    immediate: true,
    onNeedRefresh: () => updateReady.set(true),
    onRegisteredSW(_url, registered) {
      registration = registered;
      if (!registered) return;
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registered.update();
      });
    },
  });
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
