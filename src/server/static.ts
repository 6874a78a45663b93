// Serves the built app (dist/) from the same origin as the API. Hashed assets are cached for a year;
// index.html, sw.js and the manifest never, so a new version is seen at the next update check. Text files
// go compressed, from the brotli and gzip copies the build made (scripts/precompress.mjs).
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

export function mountApp(app: Hono, distDir: string): void {
  // serve-static takes a root relative to the working directory.
  const root = relative(process.cwd(), distDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-cache');
  });
  app.use('*', serveStatic({ root, precompressed: true }));
  // Any other page URL is the single-page app (the service worker does the same offline).
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
}
