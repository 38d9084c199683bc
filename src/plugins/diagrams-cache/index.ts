/**
 * Keys the bundler's persistent cache on the pre-rendered diagrams.
 *
 * A doc's compiled figures depend on which SVGs exist in static/diagrams and on
 * what their keys hash (mermaid's version, the palette): inputs of
 * src/plugins/remark-mermaid-meta that the cache cannot see, because the doc's
 * own source does not change. Without this, a build after upgrading mermaid and
 * running `npm run diagrams` (which deletes the old SVGs) could reuse a doc
 * compiled before, pointing at deleted images, and skip the check that fails
 * the build on a missing SVG. Appending the diagrams' fingerprint to the cache
 * version recompiles everything when those inputs change, which is rare.
 */
import type {Plugin} from '@docusaurus/types';
import type {Configuration} from 'webpack';
import {diagramsFingerprint} from '../remark-mermaid-meta/files';

/** The persistent-cache settings this plugin reads: Rspack's `experiments.cache`, or webpack's `cache`. */
export interface CacheSettings {
  experiments?: {cache?: unknown};
  cache?: unknown;
}

/**
 * The cache settings again, with `suffix` appended to their version; none when the cache is off. Throws when a
 * cache is on but has no version where this plugin looks (a bundler or Docusaurus upgrade), rather than leave it
 * unkeyed.
 */
export function versionedCache(config: CacheSettings, suffix: string): CacheSettings {
  const withVersion = (cache: unknown): object | undefined =>
    cache && typeof cache === 'object' && 'version' in cache
      ? {...cache, version: `${String(cache.version ?? '')}-${suffix}`}
      : undefined;
  const rspack = withVersion(config.experiments?.cache);
  const webpack = withVersion(config.cache);
  if (config.cache && !rspack && !webpack) {
    throw new Error(
      `diagrams-cache: the bundler's cache is on but has no version to key on the diagrams: ${JSON.stringify(config.cache)}`,
    );
  }
  return {...(rspack ? {experiments: {cache: rspack}} : {}), ...(webpack ? {cache: webpack} : {})};
}

export default function diagramsCachePlugin(): Plugin {
  return {
    name: 'diagrams-cache',
    configureWebpack(config) {
      return versionedCache(config as CacheSettings, `diagrams-${diagramsFingerprint()}`) as Configuration;
    },
  };
}
