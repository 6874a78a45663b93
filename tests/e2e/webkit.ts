// Real WebKit (iPad Safari's engine) for the end-to-end tests: Xvfb for a display, WebKitWebDriver
// driving MiniBrowser, selenium-webdriver as the client. Started for a test file, stopped after it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Builder, type WebDriver } from 'selenium-webdriver';
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
  stop(): Promise<void>;
}

export async function startWebKit(): Promise<WebKit> {
  const children: ChildProcess[] = [];
  const display = `:${90 + Math.floor(Math.random() * 9)}`;
  children.push(spawn('Xvfb', [display, '-screen', '0', '1366x1024x24'], { stdio: 'ignore' }));
  const port = await freePort();
  const driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: display },
  });
  children.push(driverProcess);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, 'WebKitWebDriver');
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({ browserName: 'MiniBrowser' })
    .build();
  return {
    driver,
    async stop() {
      await driver.quit().catch(() => undefined);
      for (const child of children.reverse()) {
        child.kill('SIGTERM');
        if (child.exitCode === null) await once(child, 'exit');
      }
    },
  };
}

export { waitFor };
