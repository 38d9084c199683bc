/**
 * One Vitest configuration, two projects:
 * - unit: data invariants and components rendered to static HTML (no browser);
 * - e2e: the built site served on 127.0.0.1, driven in Debian's headless Chromium.
 * `npm run test:unit` and `npm run test:e2e` pick the project.
 */
import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path: string): string => fileURLToPath(new URL(path, new URL('..', import.meta.url)));

export default defineConfig({
  root,
  // @docusaurus/tsconfig keeps JSX as is ("preserve"); the tests compile it with React's automatic runtime.
  oxc: {jsx: {runtime: 'automatic'}},
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: `${root}$1`},
      // Docusaurus client modules, replaced by small doubles that behave the same for static rendering.
      {find: '@docusaurus/Link', replacement: at('tests/doubles/Link.tsx')},
      {find: '@docusaurus/useBrokenLinks', replacement: at('tests/doubles/useBrokenLinks.ts')},
      {find: '@docusaurus/router', replacement: at('tests/doubles/router.ts')},
      {find: '@docusaurus/useIsBrowser', replacement: at('tests/doubles/useIsBrowser.ts')},
      {find: /^@docusaurus\/theme-common$/, replacement: at('tests/doubles/theme-common.ts')},
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
