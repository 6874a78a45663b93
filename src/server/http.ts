// The HTTP surface: /api/v1 first, then the app's files. Structured one-line JSON logs with no bodies,
// names or emails (student data never goes to a log). CORS only for origins on the allow-list.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { mountApi } from './apiRoutes.ts';
import { LoginLimiter } from './rateLimit.ts';
import { mountApp } from './static.ts';
import type { SyncService } from './syncService.ts';

export interface HttpOptions {
  /** The built app to serve; omitted for an API-only process. */
  distDir?: string;
  service: SyncService;
  /** Origins allowed to call the API from another origin (the app itself is same-origin). */
  corsOrigins?: readonly string[];
  log?: boolean;
}

export function createHttpApp(options: HttpOptions): Hono {
  const app = new Hono();
  if (options.log) {
    app.use('*', async (c, next) => {
      const started = performance.now();
      await next();
      console.log(
        JSON.stringify({
          level: 'info',
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        }),
      );
    });
  }
  const origins = options.corsOrigins ?? [];
  if (origins.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: (origin) => (origins.includes(origin) ? origin : null),
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      }),
    );
  }
  mountApi(app, options.service, { email: new LoginLimiter(10), address: new LoginLimiter(100) });
  if (options.distDir) mountApp(app, options.distDir);
  return app;
}
