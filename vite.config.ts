import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    VitePWA({
      // Our own service worker source (service-worker/sw.ts); Workbox only injects the precache list.
      strategies: 'injectManifest',
      srcDir: 'service-worker',
      filename: 'sw.ts',
      // The page-side module src/app/pwa.ts owns registration and the "reload?" prompt.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // The whole app shell: the app must start with no network at all.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,ico}'],
      },
      manifest: {
        name: 'Conferring Clipboard',
        short_name: 'Conferring',
        description: 'Writing conference records for the classroom: class grid, 9-kid grid, goals and notes.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f4ee',
        theme_color: '#2f5d50',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    // `--mode bench` (npm run bench) also builds the cold start's floor page (tests/bench/floor), which
    // the service worker then precaches and serves like the app.
    rollupOptions: {
      // The data, sync and protocol modules do nothing when loaded (each declares functions and values), so
      // a door (data/index.ts, sync/index.ts) that names a module only a later screen uses leaves it with
      // that screen rather than in the app shell. zodConfig.ts is the exception (it sets zod up when
      // loaded); CSS and the app's own modules keep the default.
      treeshake: {
        moduleSideEffects: [
          { test: /\/src\/sync\/zodConfig\.ts$/, sideEffects: true },
          { test: /\/src\/(data|sync|protocol)\/[^/]+\.ts$/, sideEffects: false },
        ],
      },
      input: {
        main: 'index.html',
        ...(mode === 'bench' ? { floor: 'tests/bench/floor/index.html' } : {}),
      } as Record<string, string>,
    },
  },
}));
