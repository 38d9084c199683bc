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
 */
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, sep} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

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

export default function mermaidChunksPlugin(context: LoadContext): Plugin {
  const mermaidPackages = dependencyClosure('mermaid', context.siteDir);
  return {
    name: 'mermaid-chunks',
    configureWebpack(config, isServer) {
      const splitChunks = config.optimization?.splitChunks;
      if (isServer || !splitChunks || typeof splitChunks !== 'object') return {};
      const common = splitChunks.cacheGroups?.common;
      if (!common || typeof common !== 'object' || common instanceof RegExp) return {};
      return {
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
