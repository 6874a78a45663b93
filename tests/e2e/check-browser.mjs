// Before the end-to-end tests: are the browsers there? If not, say exactly how to get them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const problems = [];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  problems.push(`Chromium: none at ${chromium}. Install Debian's (as root): apt-get update && apt-get install -y chromium
  or point CHROMIUM_PATH at another Chromium or Chrome: CHROMIUM_PATH=/path/to/chrome npm test`);
}
const has = (tool) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (!has('WebKitWebDriver') || !has('Xvfb')) {
  problems.push(
    `WebKit (iPad Safari's engine) for the offline test: install (as root): apt-get update && apt-get install -y webkit2gtk-driver xvfb`,
  );
}
if (!has('pdftotext') || !has('pdfinfo')) {
  problems.push(
    `pdftotext and pdfinfo, to read back the printed forms' PDFs: install (as root): apt-get update && apt-get install -y poppler-utils`,
  );
}
if (problems.length > 0) {
  console.error(
    `The end-to-end tests need tools this machine lacks:\n- ${problems.join('\n- ')}\n(Playwright's own browser download, "npx playwright install", is not needed.)`,
  );
  process.exit(1);
}
