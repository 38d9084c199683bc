#!/usr/bin/env node
// Makes sure the Debian packages the tests need are there (the list below:
// Chromium for the browser tests, nginx for tests/e2e/nginx.test.ts, Sphinx for
// tests/e2e/xref.test.ts, poppler and qpdf for the guide's PDF: the build's contents page numbers and
// tests/e2e/pdf.test.ts). As root
// it installs the missing ones with apt-get; otherwise it says what to run.
// Playwright's own browser download is not used: it cannot work here.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

/** Each needed package, the file that shows it is installed, and what needs it. */
const PACKAGES = [
  {name: 'chromium', file: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', neededBy: 'the browser tests'},
  {name: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', neededBy: 'the browser tests'},
  {name: 'nginx', file: process.env.NGINX_PATH ?? '/usr/sbin/nginx', neededBy: 'tests/e2e/nginx.test.ts'},
  // Sphinx's intersphinx reads the built objects.inv, run with Debian's /usr/bin/python3.
  {
    name: 'python3-sphinx',
    file: '/usr/lib/python3/dist-packages/sphinx/__init__.py',
    neededBy: 'tests/e2e/xref.test.ts',
  },
  // pdfinfo gives the build the page of each page's start for the PDF's contents (src/scripts/pdf.ts).
  {name: 'poppler-utils', file: '/usr/bin/pdfinfo', neededBy: 'the PDF of the guide and tests/e2e/pdf.test.ts'},
  {name: 'qpdf', file: '/usr/bin/qpdf', neededBy: 'tests/e2e/pdf.test.ts'},
];

const missing = PACKAGES.filter((p) => !existsSync(p.file));
if (missing.length === 0) {
  process.exit(0);
}
const names = missing.map((p) => p.name);
if (process.getuid?.() !== 0) {
  for (const p of missing) console.error(`Missing ${p.file} (Debian package ${p.name}), needed by ${p.neededBy}.`);
  console.error(`Install them with: sudo apt-get install -y --no-install-recommends ${names.join(' ')}`);
  process.exit(1);
}
console.log(`Installing Debian packages for the tests: ${names.join(', ')} ...`);
// policy-rc.d may forbid starting services (as in containers); the tests start nginx themselves.
const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {stdio: 'inherit', env});
const still = missing.filter((p) => !existsSync(p.file));
if (still.length > 0) {
  console.error(`apt-get finished but these are still missing: ${still.map((p) => p.file).join(', ')}.`);
  process.exit(1);
}
