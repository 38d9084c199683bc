/**
 * Keeps mermaid out of Docusaurus's shared `common` chunk.
 *
 * Docusaurus moves every module used by half the chunks or more into `common`,
 * which every page loads. mermaid splits itself into dozens of lazily loaded
 * chunks (one per diagram type), so its parser and helpers pass that bar on a
 * small site even though only pages with diagrams ever import mermaid. This
 * plugin narrows the `common` cache group to modules outside mermaid's package
 * and its dependencies; they stay in mermaid's own async chunks. It only sets a
 * `test` on the existing group, which works the same with webpack and with
 * Rspack (`future.faster`).
 *
 * It also keys the bundler's persistent cache on the pre-rendered diagrams
 * (static/diagrams): a doc's compiled figures depend on which SVGs exist, which
 * the cache cannot see, so without this a build after `npm run diagrams` could
 * reuse a doc compiled before, with stale image URLs or none.
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, sep} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Configuration} from 'webpack';
import {diagramsFingerprint} from '../remark-mermaid-meta/prerendered';

/** The package a module path belongs to (`d3-shape`, `@mermaid-js/parser`), or undefined outside node_modules. */
export function packageOf(resource: string): string | undefined {
  const marker = `${sep}node_modules${sep}`;
  const at = resource.lastIndexOf(marker);
  if (at < 0) return undefined;
  const [first, second] = resource.slice(at + marker.length).split(sep);
  if (!first) return undefined;
  return first.startsWith('@') && second ? `${first}/${second}` : first;
}

/** Finds a package's directory the way Node does: in node_modules beside `from`, then in each parent. */
function findPackageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** `root` and every package it depends on, directly or not (runtime dependencies only). */
export function dependencyClosure(root: string, siteDir: string): Set<string> {
  const found = new Set<string>();
  const visit = (name: string, from: string): void => {
    if (found.has(name)) return;
    const dir = findPackageDir(name, from);
    if (!dir) return;
    found.add(name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  visit(root, siteDir);
  return found;
}

/** A module as the split-chunks `test` sees it (webpack and Rspack both provide this method). */
interface TestedModule {
  nameForCondition?: () => string | null | undefined;
}

/** The persistent-cache settings this plugin reads: Rspack's `experiments.cache`, or webpack's `cache`. */
interface CacheSettings {
  experiments?: {cache?: unknown};
  cache?: unknown;
}

/** The cache settings again, with `suffix` appended to their version (none when the cache is off). */
export function versionedCache(config: CacheSettings, suffix: string): CacheSettings {
  const withVersion = (cache: unknown): object | undefined =>
    cache && typeof cache === 'object' && 'version' in cache
      ? {...cache, version: `${String(cache.version ?? '')}-${suffix}`}
      : undefined;
  const rspack = withVersion(config.experiments?.cache);
  const webpack = withVersion(config.cache);
  return {...(rspack ? {experiments: {cache: rspack}} : {}), ...(webpack ? {cache: webpack} : {})};
}

export default function mermaidChunksPlugin(context: LoadContext): Plugin {
  const mermaidPackages = dependencyClosure('mermaid', context.siteDir);
  return {
    name: 'mermaid-chunks',
    configureWebpack(config, isServer) {
      const cache = versionedCache(config as CacheSettings, `diagrams-${diagramsFingerprint()}`) as Configuration;
      const splitChunks = config.optimization?.splitChunks;
      if (isServer || !splitChunks || typeof splitChunks !== 'object') return cache;
      const common = splitChunks.cacheGroups?.common;
      if (!common || typeof common !== 'object' || common instanceof RegExp) return cache;
      return {
        ...cache,
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: {
                ...common,
                test: (module: TestedModule) => {
                  const resource = module.nameForCondition?.();
                  const name = resource ? packageOf(resource) : undefined;
                  return name === undefined || !mermaidPackages.has(name);
                },
              },
            },
          },
        },
      };
    },
  };
}
