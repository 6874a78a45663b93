// Page objects: what a teacher sees and taps, selected by role and name as VoiceOver would.
import type { Page } from 'playwright-core';

export class AppShell {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, path = '/') {
    await this.page.goto(`${baseUrl}${path}`);
    await this.page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  /** Waits until the service worker controls the page (the shell is then precached). */
  async waitForServiceWorker() {
    await this.page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
      timeout: 30_000,
    });
  }

  tab(name: string) {
    return this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
  }

  connection() {
    return this.page.locator('.connection');
  }
}

export class FirstClassForm {
  constructor(readonly page: Page) {}

  async create(name: string, band: 'Grades K-2' | 'Grades 3-8' = 'Grades 3-8') {
    const form = this.page.getByRole('form', { name: 'New class' });
    await form.getByLabel('Class name').fill(name);
    await form.getByRole('radio', { name: band }).tap();
    await form.getByRole('button', { name: 'Create class' }).tap();
  }
}
