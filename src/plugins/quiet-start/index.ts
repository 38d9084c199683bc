/**
 * Keeps the first seconds of a page load quiet, so the text a reader came for
 * paints at once and the main thread is free soon after.
 *
 * - `ssrTemplate` (set in docusaurus.config.ts): the page's scripts start
 *   downloading once the server-rendered page has painted, instead of
 *   competing with the stylesheet for the first bytes. See ssr-template.ts.
 * - Link prefetching waits for idle time: the client module idle-prefetch.ts.
 * - The browser's collator, which the theme first needs in the long task
 *   after hydration, is built in a task of its own: warm-collator.ts.
 * - Prism stays out of the startup bundle: theme-classic registers a client
 *   module (`prism-include-languages`) that imports prism-react-renderer and
 *   evaluates every grammar on every page load. It only matters for
 *   `prism.additionalLanguages`; with none configured this plugin swaps it for
 *   nothing, and src/theme/CodeBlock loads the highlighter with the first code
 *   block instead.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {resolveInternal} from '../internals';

/** The theme's client module that evaluates prism on every page. */
export const PRISM_CLIENT_MODULE = '@docusaurus/theme-classic/lib/prism-include-languages';

/** The languages added to prism-react-renderer's defaults by the site's config. */
export function additionalLanguages(context: Pick<LoadContext, 'siteConfig'>): readonly string[] {
  const prism = (context.siteConfig.themeConfig as {prism?: {additionalLanguages?: unknown}}).prism;
  const languages = prism?.additionalLanguages;
  return Array.isArray(languages) ? languages.filter((l): l is string => typeof l === 'string') : [];
}

export default function quietStartPlugin(context: LoadContext): Plugin {
  // Resolved now, so a theme upgrade that moves the module stops the build at its start.
  const prismModule =
    additionalLanguages(context).length === 0
      ? resolveInternal(PRISM_CLIENT_MODULE, 'quiet-start (it keeps prism out of the startup bundle)')
      : undefined;
  return {
    name: 'quiet-start',
    getClientModules() {
      return [join(__dirname, 'idle-prefetch.ts'), join(__dirname, 'warm-collator.ts')];
    },
    configureWebpack(_config, isServer) {
      if (isServer || !prismModule) return {};
      // Docusaurus imports client modules by resolved path; `false` makes that path an empty module.
      return {resolve: {alias: {[`${prismModule}$`]: false}}};
    },
  };
}
