// Real WebKit (iPad Safari's engine) for the end-to-end tests: Xvfb for a display, WebKitWebDriver
// driving MiniBrowser, selenium-webdriver as the client. Started for a test file, stopped after it.
// MiniBrowser runs with a home folder of its own: what it downloads lands there, where a test reads it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/serve.ts';
import { freePort } from '../ports.ts';

async function waitFor(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

export interface WebKit {
  driver: WebDriver;
  /** The folder MiniBrowser saves downloads in (a backup's .zip). */
  downloads: string;
  stop(): Promise<void>;
}

export interface WebKitOptions {
  /**
   * MiniBrowser's own settings and WebKit features (`MiniBrowser --help-all`), e.g. an iPad's user agent
   * (`--user-agent=…`) or WebKit's mock microphone (`--enable-mock-capture-devices=true`).
   */
  browserArgs?: string[];
}

export async function startWebKit(options: WebKitOptions = {}): Promise<WebKit> {
  const children: ChildProcess[] = [];
  // Xvfb picks a free display itself and says which (two WebKit test files may run at once).
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1366x1024x24'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(xvfb);
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const number = /^(\d+)\n/.exec(out)?.[1];
      if (number) resolve(`:${number}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb stopped (${code}) before it named its display.`)));
  });
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), 'clipboard-webkit-home-'));
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: {
      ...process.env,
      DISPLAY: display,
      HOME: home,
      // GStreamer's plugin registry stays where it was built: rebuilding it makes each start slower.
      XDG_CACHE_HOME: process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'),
    },
  });
  children.push(driverProcess);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
  const browserArgs = options.browserArgs ?? [];
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      // Given arguments replace the driver's own, so --automation comes along.
      ...(browserArgs.length > 0
        ? { 'webkitgtk:browserOptions': { args: ['--automation', ...browserArgs] } }
        : {}),
    })
    .build();
  return {
    driver,
    downloads: home,
    async stop() {
      await driver.quit().catch(() => undefined);
      for (const child of children.reverse()) {
        child.kill('SIGTERM');
        if (child.exitCode === null) await once(child, 'exit');
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/** WebKit and the real server (its own SQLite file) for a test file: started before it, stopped after. */
export function useWebKitAndServer(options: WebKitOptions = {}): {
  webkit(): WebKit;
  server(): RunningServer;
} {
  let webkit: WebKit | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    webkit = await startWebKit(options);
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      distDir: resolve('dist'),
      dataDir: mkdtempSync(join(tmpdir(), 'clipboard-webkit-')),
    });
  });
  afterAll(async () => {
    await webkit?.stop();
    await server?.close().catch(() => undefined);
  });
  return { webkit: () => webkit as WebKit, server: () => server as RunningServer };
}

/**
 * Runs an async function in the page and returns what it resolves to (WebDriver's async script; the
 * function is sent as its source, so it may use nothing outside itself). A rejection is thrown here.
 */
export async function inPage<T>(
  driver: WebDriver,
  run: (...args: never[]) => Promise<T>,
  ...args: unknown[]
): Promise<T> {
  const answer = await driver.executeAsyncScript<{ value?: T; error?: string }>(
    `const done = arguments[arguments.length - 1];
     (${run.toString()})(...Array.from(arguments).slice(0, -1)).then(
       (value) => done({ value }),
       (error) => done({ error: error instanceof Error ? error.name + ': ' + error.message : String(error) }),
     );`,
    ...args,
  );
  if (answer.error !== undefined) throw new Error(`In the page: ${answer.error}`);
  return answer.value as T;
}

export { waitFor };
