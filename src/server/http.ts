// The HTTP surface: /api/v1 first, then the app's files. Routes stay thin; work lives in services.
import { Hono } from 'hono';
import { mountApp } from './static.ts';

export interface HttpOptions {
  /** The built app to serve; omitted for an API-only process. */
  distDir?: string;
}

export function createHttpApp(options: HttpOptions): Hono {
  const app = new Hono();
  app.get('/api/v1/health', (c) => c.json({ ok: true }));
  app.all('/api/*', (c) => c.json({ error: 'No such API call.' }, 404));
  if (options.distDir) mountApp(app, options.distDir);
  return app;
}
