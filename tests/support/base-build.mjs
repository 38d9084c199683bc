/**
 * The guide built and tested under another base path, as a host that serves it below a folder would:
 * - `node tests/support/base-build.mjs build` (npm run build:base) builds into build-base/ with GUIDE_BASE_URL and a
 *   repository set, so the edit and report links are drawn as well;
 * - `node tests/support/base-build.mjs test` (npm run test:e2e:base) runs the e2e files listed under "e2eBase" in
 *   package.json against that build (IG_BUILD_DIR, IG_BASE_URL);
 *   a listed file that does not exist stops the run.
 * The same variables reach the build and the tests, so the tests expect the URLs the build was made with.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = 'build-base';
const ENV = {
  GUIDE_SITE_URL: 'https://docs.example.com',
  GUIDE_BASE_URL: '/guides/integration-guide/',
  GUIDE_REPOSITORY_URL: 'https://git.example.com/docs/integration-guide',
  GUIDE_REPOSITORY_BRANCH: 'published',
};

function run(command, args, env) {
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, ...env}});
  if (result.error) throw result.error;
  process.exit(result.status ?? 1);
}

const [mode] = process.argv.slice(2);
const bin = (name) => join(root, 'node_modules', '.bin', name);
if (mode === 'build') {
  run(bin('docusaurus'), ['build', '--out-dir', OUT_DIR], ENV);
} else if (mode === 'test') {
  const listed = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).e2eBase;
  if (!Array.isArray(listed) || listed.length === 0)
    throw new Error('package.json has no "e2eBase" list of e2e files.');
  const missing = listed.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) {
    console.error(`package.json "e2eBase" lists files that do not exist: ${missing.join(', ')}. Fix the list.`);
    process.exit(1);
  }
  const files = listed;
  run(bin('vitest'), ['run', '--config', 'tests/vitest.config.mts', '--project', 'e2e', ...files], {
    ...ENV,
    IG_BUILD_DIR: OUT_DIR,
    IG_BASE_URL: ENV.GUIDE_BASE_URL,
  });
} else {
  console.error('usage: node tests/support/base-build.mjs build|test');
  process.exit(2);
}
