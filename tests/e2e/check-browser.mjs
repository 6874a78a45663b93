// Before the end-to-end tests: is there a Chromium to drive? If not, say exactly how to get one.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`The end-to-end tests drive Chromium, and there is none at ${path}.
Install Debian's Chromium (as root):   apt-get update && apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium or Chrome binary:   CHROMIUM_PATH=/path/to/chrome npm test
(Playwright's own browser download, "npx playwright install", is not needed.)`);
  process.exit(1);
}
if (!existsSync('dist/index.html') && process.argv.includes('--need-build')) {
  console.error('No built app in dist/: run "npm run build" first.');
  process.exit(1);
}
