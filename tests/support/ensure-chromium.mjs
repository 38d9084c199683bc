#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the browser tests, and the other
// Debian packages the tests run. As root it installs the packages that are
// missing; otherwise it says what to run. Playwright's own browser download is
// not used: it cannot work here.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian packages the tests need, each with a file that is there once it is installed. */
const PACKAGES = [
  {packages: ['chromium', 'fonts-dejavu-core'], file: path},
  // Sphinx's intersphinx reads the built objects.inv in tests/e2e/xref.test.ts (with Debian's /usr/bin/python3).
  {packages: ['python3-sphinx'], file: '/usr/lib/python3/dist-packages/sphinx/__init__.py'},
];

const missing = PACKAGES.filter((p) => !existsSync(p.file));
if (missing.length === 0) {
  process.exit(0);
}
const names = missing.flatMap((p) => p.packages);
if (process.getuid?.() !== 0) {
  console.error(
    `Debian packages the tests need are missing. Install them with: sudo apt-get install -y ${names.join(' ')}`,
  );
  process.exit(1);
}
console.log(`Installing Debian ${names.join(', ')} for the tests ...`);
const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
execFileSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {stdio: 'inherit', env});
for (const p of missing) {
  if (!existsSync(p.file)) {
    console.error(`apt-get finished but ${p.file} (${p.packages.join(', ')}) is still missing.`);
    process.exit(1);
  }
}
