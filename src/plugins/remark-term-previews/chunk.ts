/**
 * Keeps the previews' client code (TermPreview and TermDefinitions) in a chunk of its own, loaded only by the pages
 * that have previews. Without this, the bundler's "common" group (modules used by half the pages or more) takes
 * them, once most doc pages use them, together with other shared components, and pages without any preview (the
 * landing page) load that chunk too.
 */
import type {Plugin} from '@docusaurus/types';

/** The chunk's name, for the benchmark's reports. */
export const PREVIEW_CHUNK = 'term-preview';

export default function termPreviewChunk(): Plugin {
  return {
    name: 'term-preview-chunk',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              termPreview: {
                test: /[\\/]src[\\/]components[\\/]Term(?:Preview|Definitions)[\\/]/,
                name: PREVIEW_CHUNK,
                chunks: 'async',
                minChunks: 1,
                priority: 45,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
