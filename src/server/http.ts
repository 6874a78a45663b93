// The HTTP surface: /api/v1 first, then the app's files. Structured one-line JSON logs with no bodies,
// names or emails (student data never goes to a log). CORS only for origins on the allow-list.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { mountApi } from './apiRoutes.ts';
import type { BlobService } from './blobService.ts';
import { parseTrustedProxies } from './clientAddress.ts';
import { CreationLimit, DEFAULT_SIGN_IN_LIMITS, SignInGuard, type SignInLimits } from './rateLimit.ts';
import { mountApp } from './static.ts';
import type { SyncService } from './syncService.ts';

export interface HttpOptions {
  /** The built app to serve; omitted for an API-only process. */
  distDir?: string;
  service: SyncService;
  /** Origins allowed to call the API from another origin (the app itself is same-origin). */
  corsOrigins?: readonly string[];
  log?: boolean;
  /** TRUST_PROXY: addresses of the reverse proxies whose X-Forwarded-For is believed. */
  trustProxy?: string;
  /** Rate limits; the defaults suit a school. Tests that make hundreds of accounts raise them. */
  limits?: { signIn?: Partial<SignInLimits>; accountsPerHour?: number };
  /** Recordings and photos; without it the blob calls answer 404. */
  blobs?: BlobService;
}

/**
 * The app's pages may load scripts, styles, workers and data from this origin only, and connect nowhere
 * else; recordings and photos play from blob: URLs made on the device. No inline script anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: is the device's own memory (a recording being played back), never the network.
  "connect-src 'self' blob:",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every answer: pages, files and the API. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'microphone=(self), camera=(self), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export function createHttpApp(options: HttpOptions): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(name, value);
    // Student data is never kept in a shared or browser cache.
    if (c.req.path.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store');
  });
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
  mountApi(
    app,
    options.service,
    {
      signIn: new SignInGuard({ ...DEFAULT_SIGN_IN_LIMITS, ...options.limits?.signIn }),
      creation: new CreationLimit(options.limits?.accountsPerHour),
      trustedProxies: parseTrustedProxies(options.trustProxy),
    },
    options.blobs,
  );
  if (options.distDir) mountApp(app, options.distDir);
  return app;
}
