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

export class RosterPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Students' }).tap();
    await this.page.getByRole('heading', { name: 'Students', level: 1 }).waitFor();
  }

  async typeName(name: string) {
    const field = this.page.getByRole('textbox', { name: 'Add a student' });
    await field.fill(name);
    await field.press('Enter');
    await this.page.getByText(`Added ${name.trim()}.`).waitFor();
  }

  async pasteNames(names: string[]) {
    await this.page.getByRole('button', { name: 'Paste a list' }).tap();
    await this.page.getByRole('textbox', { name: 'Names, one per line' }).fill(names.join('\n'));
    await this.page.getByRole('button', { name: 'Preview' }).tap();
  }

  async chooseCsv(name: string, text: string) {
    await this.page.getByRole('button', { name: 'Import a CSV file' }).tap();
    await this.page.getByLabel(/CSV file with a name column/).setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  preview() {
    return this.page.getByRole('region', { name: 'Import preview' });
  }

  previewRows() {
    return this.preview()
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
  }

  async confirm(count: number) {
    await this.preview()
      .getByRole('button', { name: `Add ${count} students` })
      .tap();
    await this.page.getByText(`Added ${count} students.`).waitFor();
  }

  studentNames() {
    return this.page.getByRole('list', { name: 'Students' }).locator('li .row-main').allTextContents();
  }
}

export class WeekPage {
  constructor(readonly page: Page) {}

  grid() {
    return this.page.getByRole('list', { name: '9-kid grid' });
  }

  box(name: string) {
    return this.grid().getByRole('link', { name: new RegExp(`^Log a conference with ${name}\\b`) });
  }

  async makeThisWeeksGrid() {
    await this.page.getByRole('button', { name: 'Make this week’s grid' }).tap();
    await this.page.getByRole('button', { name: /^Use these \d+$/ }).tap();
    await this.grid().waitFor();
  }
}

export class ConferenceSheetPage {
  constructor(readonly page: Page) {}

  form() {
    return this.page.getByRole('form', { name: /^(Conference with|Group conference:)/ });
  }

  field(name: string) {
    return this.form().getByRole('textbox', { name, exact: true });
  }

  async choose(name: string) {
    await this.form().getByRole('radio', { name, exact: true }).tap();
  }

  async toggle(name: string) {
    await this.form().getByRole('checkbox', { name, exact: true }).tap();
  }

  /** The pattern library, a full-height sheet over the conference sheet. */
  picker() {
    return this.page.getByRole('dialog', { name: 'Pick one teaching point' });
  }

  async pickPattern(search: string, teachingPoint: string) {
    await this.form().getByRole('button', { name: 'Pick from patterns' }).tap();
    await this.picker()
      .getByRole('searchbox', { name: /^Search patterns/ })
      .fill(search);
    await this.picker().getByRole('button', { name: teachingPoint, exact: true }).tap();
    await this.picker().waitFor({ state: 'detached' });
  }

  /** The pattern rows suggested under the research field as she jots. */
  suggestions() {
    return this.form().getByRole('region', { name: 'Patterns that fit what you noted' });
  }

  async save() {
    await this.form()
      .getByRole('button', { name: /^Save (conference|changes)$/ })
      .tap();
    await this.form().waitFor({ state: 'detached' });
  }
}

/** Share a class (Classes → Share this class): its members, the invitations waiting, a new code. */
export class SharingPage {
  constructor(
    readonly page: Page,
    readonly className: string,
  ) {}

  panel() {
    return this.page.getByRole('region', { name: `Share ${this.className}` });
  }

  async open(baseUrl: string) {
    await this.page.goto(`${baseUrl}/classes`);
    await this.page.getByRole('button', { name: `Share ${this.className}` }).click();
    await this.panel()
      .getByRole('form', { name: `Invite a teacher to ${this.className}` })
      .waitFor();
  }

  /** The card of the code just made (shown once). */
  codeCard() {
    return this.panel().getByRole('region', { name: /^Invitation code for / });
  }

  /** Makes an invitation and reads its code off the screen, as the owner reads it out. */
  async invite(role: 'Co-teacher' | 'Coach', email = ''): Promise<string> {
    const form = this.panel().getByRole('form', { name: `Invite a teacher to ${this.className}` });
    await form.getByRole('radio', { name: new RegExp(`^${role}`) }).check();
    await form.getByRole('textbox', { name: /^For whom/ }).fill(email);
    await form.getByRole('button', { name: 'Make an invitation code' }).click();
    const code = this.codeCard().getByTestId('invitation-code');
    await code.waitFor();
    return ((await code.textContent()) ?? '').trim();
  }

  async done() {
    await this.codeCard().getByRole('button', { name: 'Done: she has the code' }).click();
    await this.codeCard().waitFor({ state: 'detached' });
  }
}

/** A fresh class with these students, set up as a teacher would; the service worker is in control. */
export async function setUpClass(
  page: Page,
  baseUrl: string,
  names: readonly string[],
  className = 'Room 12 Writers',
) {
  const app = new AppShell(page);
  await app.open(baseUrl);
  await app.waitForServiceWorker();
  await new FirstClassForm(page).create(className);
  await page.getByRole('heading', { name: className, level: 1 }).waitFor();
  const roster = new RosterPage(page);
  await roster.open();
  await roster.pasteNames([...names]);
  await roster.confirm(names.length);
  return { app, roster };
}
