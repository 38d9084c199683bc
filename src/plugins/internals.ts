/**
 * Guards for the places where the site leans on another package's files rather than its public API: the page
 * template derived from Docusaurus's own (quiet-start/ssr-template.ts), the alias that empties the theme's prism
 * client module (quiet-start), and the theme components that src/theme wraps through `@theme-original/...`.
 * An upgrade that moves or rewrites one of them stops the build at its start with a message that names the file
 * and who needs it, instead of a silent drift or a bundler error deep in the log.
 *
 * The default export is a plugin that checks the wrapped theme components when the site loads.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** `source` with the one match of `pattern` replaced; throws, naming `what`, when the pattern is not found. */
export function replaceOnce(
  source: string,
  pattern: RegExp,
  replacement: (...groups: string[]) => string,
  what: string,
): string {
  const match = pattern.exec(source);
  if (!match) {
    throw new Error(
      `${what}: the pattern ${String(pattern)} is not in it any more. An upgrade changed the file; ` +
        'update the pattern and its test to the new text.',
    );
  }
  return source.slice(0, match.index) + replacement(...match) + source.slice(match.index + match[0].length);
}

/** The absolute path of another package's file; throws, naming the file and `neededBy`, when it is not installed. */
export function resolveInternal(specifier: string, neededBy: string): string {
  try {
    return require.resolve(specifier);
  } catch {
    throw new Error(
      `${neededBy} relies on ${specifier}, which is not installed any more (an upgrade moved or removed it). ` +
        'Find its new place or drop the workaround.',
    );
  }
}

/** Where `@theme-original/<name>` points when the classic theme provides the component. */
export const CLASSIC_THEME = '@docusaurus/theme-classic/lib/theme';

/** Every `@theme-original/<name>` that a file under `themeDir` imports, with the file (relative to `siteDir`). */
export function themeOriginals(themeDir: string, siteDir: string): {name: string; file: string}[] {
  const files = readdirSync(themeDir, {recursive: true, encoding: 'utf8'}).filter((f) => /\.tsx?$/.test(f));
  return files.flatMap((f) => {
    const file = join(themeDir, f);
    const names = [...readFileSync(file, 'utf8').matchAll(/['"]@theme-original\/([^'"]+)['"]/g)].map((m) => m[1]);
    return names.flatMap((name) => (name ? [{name, file: relative(siteDir, file)}] : []));
  });
}

/** Checks at load that every theme component src/theme wraps still exists in the classic theme. */
export default function internalsPlugin(context: LoadContext): Plugin {
  for (const {name, file} of themeOriginals(join(context.siteDir, 'src/theme'), context.siteDir)) {
    resolveInternal(`${CLASSIC_THEME}/${name}`, `${file} (it wraps @theme-original/${name})`);
  }
  return {name: 'internals'};
}
