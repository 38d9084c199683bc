/**
 * Dependency hygiene: every package the project lists is used somewhere, and
 * the versions that must stay on Node 20 compatible majors are pinned there.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** Used without an import: by Docusaurus's config flags, as peers, or through the TypeScript config. */
const USED_IMPLICITLY: Record<string, string> = {
  '@docusaurus/core': 'the docusaurus command in the npm scripts',
  '@docusaurus/faster': 'enabled by future.faster in docusaurus.config.ts',
  '@mdx-js/react': 'peer dependency of @docusaurus/core, provides MDX components',
  '@docusaurus/module-type-aliases': 'types listed in tsconfig.json',
  '@docusaurus/tsconfig': 'extended by tsconfig.json',
  '@types/node': 'types listed in tsconfig.json',
  '@types/react': 'types for React in TypeScript',
  '@types/react-dom': 'types for react-dom in TypeScript',
  typescript: 'npm run typecheck',
  prettier: 'npm run lint and npm run format',
  eslint: 'npm run lint',
  vitest: 'npm run test:unit and test:e2e',
  jiti: 'the TypeScript loader of npm run diagrams and npm run images (src/scripts)',
};

function sources(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    if (['node_modules', 'build', '.docusaurus', '.git', 'reports'].includes(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|mjs|js|mdx)$/.test(entry.name) ? [path] : [];
  });
}

const code = sources(ROOT)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('dependencies', () => {
  const all = {...pkg.dependencies, ...pkg.devDependencies};

  it.each(Object.keys(all))('%s is used', (name) => {
    if (USED_IMPLICITLY[name]) return expect(USED_IMPLICITLY[name]).toBeTruthy();
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(code, `no import of ${name}`).toMatch(
      new RegExp(`(from|import\\(|require\\()\\s*['"]${escaped}(/[^'"]*)?['"]`),
    );
  });

  it('keeps packages whose next major needs Node 22 on a Node 20 major', () => {
    expect(all.mermaid).toMatch(/^[~^]?11\./);
    expect(all.vitest).toMatch(/^[~^]?4\./);
    expect(all.lighthouse).toMatch(/^[~^]?12\./);
    expect(all['@axe-core/playwright']).toMatch(/^~4\.13\./);
  });

  it('pins @swc/html so npm ci works from a clean clone on linux-x64', () => {
    expect((pkg as unknown as {overrides: Record<string, string>}).overrides['@swc/html']).toBe('1.16.2');
  });
});
