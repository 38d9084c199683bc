/**
 * Checks at build time that every doc page has its own current preview image
 * (static/img/previews, drawn by `npm run images`): the image exists and its
 * key matches the page's title, description and matrix row as the docs plugin
 * loaded them (./cards.ts). Otherwise `npm run build` fails with one line per
 * page, naming the file and the command. In `npm start` (option `strict:
 * false`) it warns instead, so a page being written is not blocked.
 *
 * The pages' head names the image by the doc's slug alone
 * (src/theme/DocItem/Metadata, src/data/previews.ts), so nothing is passed to
 * the client.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {previewProblems, type PreviewDoc} from './cards';

export interface PreviewsOptions {
  /** Fail the build on a missing or stale image (true by default); false only warns. */
  readonly strict?: boolean;
}

/** The docs plugin's docs as the check reads them. */
export function previewDocs(content: DocsContent): PreviewDoc[] {
  return content.loadedVersions.flatMap((version) =>
    version.docs.map((doc) => ({
      title: doc.title,
      description: typeof doc.frontMatter.description === 'string' ? doc.frontMatter.description : '',
      slug: doc.slug,
      source: doc.source.replace(/^@site\//, ''),
    })),
  );
}

/** The options as given in docusaurus.config.ts; throws on anything but `{strict?: boolean}`. */
export function readOptions(options: unknown): Required<PreviewsOptions> {
  if (options === undefined) return {strict: true};
  const strict = (options as {strict?: unknown} | null)?.strict;
  if (typeof options !== 'object' || options === null || (strict !== undefined && typeof strict !== 'boolean')) {
    throw new Error(`previews: options must be {strict?: boolean}, not ${JSON.stringify(options)}`);
  }
  return {strict: strict ?? true};
}

export default function previewsPlugin(context: LoadContext, options: unknown): Plugin {
  const {strict} = readOptions(options);
  return {
    name: 'previews',
    allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!docs) throw new Error('previews: the docs plugin has no content to check.');
      const problems = previewProblems(previewDocs(docs), context.siteConfig.title);
      if (problems.length === 0) return;
      if (strict) throw new Error(problems.join('\n'));
      console.warn(problems.join('\n'));
    },
  };
}
