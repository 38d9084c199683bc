/**
 * @easyops-cn/docusaurus-search-local, plus the landing page.
 *
 * The search plugin never indexes the site's home page unless the docs live at
 * the site root (its processDocInfos skips the route ""). The guide's docs live
 * under /integration, and the landing page (/) introduces the guide, so it
 * should be found too. This wrapper hands the plugin's postBuild one more
 * route, `/index`, which it maps to `index.html` (the landing page) and indexes
 * as a page; then it rewrites that entry's URL to `/` in the written index.
 * Everything else (theme components, search page route, options) is the
 * plugin's own.
 */
import {readFile, readdir, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import {LANDING_STAND_IN, restoreLandingUrl, type SearchIndexFile} from './landing';

/** The module name lazy-mark.ts imports mark.js by (see lazyMarkAliases). */
export const MARK_MODULE = 'search-local-mark.js';

// The package's types describe its options only, not its module; this is the module's shape.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const searchLocal = require('@easyops-cn/docusaurus-search-local') as {
  default: PluginModule;
  validateOptions: NonNullable<PluginModule['validateOptions']>;
};

/**
 * Webpack aliases that load mark.js on demand: the plugin's generated module
 * imports mark.js by its resolved path (as `require.resolve('mark.js')` from the
 * plugin's own directory gives it); that path now leads to lazy-mark.ts, and
 * lazy-mark.ts reaches mark.js's ES build through MARK_MODULE. Two different
 * files, so the aliases cannot lead back to each other.
 */
export function lazyMarkAliases(): Record<string, string> {
  const pluginDir = dirname(require.resolve('@easyops-cn/docusaurus-search-local'));
  const markPath = require.resolve('mark.js', {paths: [pluginDir]});
  return {
    [`${markPath}$`]: join(__dirname, 'lazy-mark.ts'),
    [`${MARK_MODULE}$`]: join(dirname(markPath), 'mark.es6.js'),
  };
}

const searchLocalWithLanding = (async (context: LoadContext, options: unknown): Promise<Plugin | null> => {
  const plugin = await searchLocal.default(context, options);
  if (!plugin?.postBuild) return plugin;
  const postBuild = plugin.postBuild.bind(plugin);
  const configureWebpack = plugin.configureWebpack?.bind(plugin);
  return {
    ...plugin,
    // The plugin's own webpack settings, plus mark.js loaded only when a page has terms to highlight.
    configureWebpack(...args) {
      const own = configureWebpack?.(...args) ?? {};
      return {...own, resolve: {...own.resolve, alias: {...own.resolve?.alias, ...lazyMarkAliases()}}};
    },
    async postBuild(props) {
      const landing = `${props.baseUrl}${LANDING_STAND_IN}`;
      await postBuild({...props, routesPaths: [...props.routesPaths, landing]});
      const files = (await readdir(props.outDir)).filter((name) => /^search-index.*\.json$/.test(name));
      let restored = 0;
      for (const name of files) {
        const path = join(props.outDir, name);
        const index = JSON.parse(await readFile(path, 'utf8')) as SearchIndexFile;
        const changed = restoreLandingUrl(index, props.baseUrl);
        if (changed > 0) await writeFile(path, JSON.stringify(index), 'utf8');
        restored += changed;
      }
      if (restored === 0) {
        throw new Error(
          'search-local: the landing page did not reach the search index; check the wrapper in src/plugins/search-local.',
        );
      }
    },
  };
}) as PluginModule;

searchLocalWithLanding.validateOptions = searchLocal.validateOptions;

export default searchLocalWithLanding;
