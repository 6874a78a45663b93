/// <reference lib="webworker" />
// The service worker only wires events; Workbox does the work. The app shell is precached so the app
// starts with no network; records never pass through here (they live in IndexedDB).
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every built file of the shell, revisioned by vite-plugin-pwa at build time.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Any page URL (/, /week, /students/…) is the single-page app: answer from the cached index.html, so a
// reload offline on any screen works. The sync API is never answered from cache.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [/^\/api\//] }));

// A new version waits until the teacher taps "Reload" (src/app/pwa.ts sends SKIP_WAITING): never
// mid-conference, never an unconditional skipWaiting().
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install has no older page to disturb: take control at once so the app works offline from
// the first visit. Later versions still wait for the teacher (above).
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
