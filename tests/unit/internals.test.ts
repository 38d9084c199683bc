/**
 * The guards on other packages' files: a missing file or a changed pattern stops the build at its start with a
 * message that names it; every theme component that src/theme wraps exists in the installed classic theme.
 */
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {LoadContext} from '@docusaurus/types';
import internalsPlugin, {
  CLASSIC_THEME,
  replaceOnce,
  resolveInternal,
  themeOriginals,
} from '../../src/plugins/internals';

const ROOT = join(__dirname, '../..');

describe('replaceOnce', () => {
  it('replaces the one match, with its groups', () => {
    expect(replaceOnce('a <b> c', /<(\w)>/, (_, inner = '') => `[${inner}]`, 'the text')).toBe('a [b] c');
  });

  it('throws, naming what was searched, when the pattern is not found', () => {
    expect(() => replaceOnce('a b c', /<(\w)>/, () => '', 'The page template')).toThrow(
      'The page template: the pattern /<(\\w)>/ is not in it any more',
    );
  });
});

describe('resolveInternal', () => {
  it('gives the absolute path of an installed file', () => {
    expect(resolveInternal(`${CLASSIC_THEME}/Layout`, 'test')).toMatch(/theme-classic[\\/]lib[\\/]theme[\\/]Layout/);
  });

  it('throws, naming the file and who needs it, when the file is gone', () => {
    expect(() => resolveInternal(`${CLASSIC_THEME}/NoSuchComponent`, 'src/theme/NoSuchComponent')).toThrow(
      `src/theme/NoSuchComponent relies on ${CLASSIC_THEME}/NoSuchComponent, which is not installed any more`,
    );
  });
});

describe('theme wrappers', () => {
  it('finds every @theme-original import under src/theme, and each exists in the classic theme', () => {
    const originals = themeOriginals(join(ROOT, 'src/theme'), ROOT);
    expect(originals.map((o) => o.name).sort()).toEqual(['CodeBlock', 'DocItem/Footer', 'DocItem/Metadata', 'Layout']);
    expect(originals.find((o) => o.name === 'Layout')?.file).toBe(join('src', 'theme', 'Layout', 'index.tsx'));
    expect(internalsPlugin({siteDir: ROOT} as LoadContext).name).toBe('internals');
  });

  it('stops at load, naming the wrapper, when a wrapped component is missing', () => {
    const fixture = join(ROOT, 'tests/unit/fixtures/theme-wrapper');
    expect(() => internalsPlugin({siteDir: fixture} as LoadContext)).toThrow(
      `${join('src', 'theme', 'Gone', 'index.tsx')} (it wraps @theme-original/Gone) relies on ${CLASSIC_THEME}/Gone`,
    );
  });
});
