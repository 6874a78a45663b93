// Only origins on the allow-list may call the API from elsewhere; the app itself is same-origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import { freshDatabase } from './servers.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    ...(await freshDatabase('sqlite')),
    corsOrigins: ['https://clipboard.school.example'],
  });
});
afterAll(async () => {
  await server?.close();
});

describe('CORS allow-list', () => {
  it.each([
    ['https://clipboard.school.example', 'https://clipboard.school.example'],
    ['https://evil.example', null],
  ])('a preflight from %s is answered with Allow-Origin %s', async (origin, allowed) => {
    const response = await fetch(`${server.url}/api/v1/sync/pull`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(allowed);
    if (allowed)
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });
});
