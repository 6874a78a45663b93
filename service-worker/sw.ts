/// <reference lib="webworker" />
// The service worker only wires events; Workbox does the work. The app shell is precached so the app
// starts with no network; records never pass through here (they live in IndexedDB).
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// The hashed assets never change under their names: the browser takes them from the precache itself,
// without waking this worker or passing each request through it (Chromium's static routing; Safari
// does not have it yet and asks the worker, as before). A miss goes to the network. The pattern is a
// path, so it is read against this worker's own address: this origin's /assets/ only.
self.addEventListener('install', (event) => {
  const routed = event as ExtendableEvent & { addRoutes?: (rules: unknown) => Promise<void> };
  if (routed.addRoutes)
    event.waitUntil(
      routed.addRoutes({ condition: { urlPattern: '/assets/*' }, source: 'cache' }).catch(() => undefined),
    );
});

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
