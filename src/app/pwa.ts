// The one page-side owner of the service worker: registers it, checks for an update whenever the app
// comes back to the foreground (iPad may not otherwise see one until relaunch), and shows "A new version
// is ready" without ever reloading by itself: the teacher taps reload between conferences.
import { registerSW } from 'virtual:pwa-register';
import { createStatus } from '../data/status.ts';

export const updateReady = createStatus(false);
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => updateReady.set(true),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update();
      });
    },
  });
}

/** Activates the waiting service worker and reloads. Call only when the teacher asked for it. */
export async function reloadToUpdate(): Promise<void> {
  if (applyUpdate) await applyUpdate(true);
  else window.location.reload();
}
