// The one page-side owner of the service worker: registers it, checks for an update whenever the app
// comes back to the foreground (iPad may not otherwise see one until relaunch), and shows "A new version
// is ready" without ever reloading by itself: the teacher taps reload between conferences (update.ts).
// Loaded after the first screen has painted (main.tsx): workbox-window stays out of the app shell.
import { registerSW } from 'virtual:pwa-register';
import { registered, updateReady } from './update.ts';

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({
    immediate: true,
    onNeedRefresh: () => updateReady.set(true),
    onRegisteredSW(_url, found) {
      registered(found);
      if (!found) return;
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void found.update();
      });
    },
  });
}
