/**
 * Publishes "What changed in the guide" as Atom and RSS next to the changes page, and announces both feeds in
 * the `<head>` of every page. The build fails, naming the entry, when a change lists a page that does not exist,
 * has a bad or future date, or breaks the newest-first order.
 */
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {CHANGES_ATOM_FILE, CHANGES_PAGE_SLUG, CHANGES_RSS_FILE, changes} from '../../data/changes';
import {GUIDE_BASE} from '../../data/queries';
import {canonicalPath} from '../../data/site';
import {changeProblems, renderFeeds, type FeedDoc} from './feeds';

export default function changesFeedPlugin(context: LoadContext): Plugin {
  const {siteConfig, baseUrl} = context;
  const base = `${baseUrl.replace(/\/$/, '')}${GUIDE_BASE}`;
  const toUrl = (path: string): string => `${siteConfig.url}${canonicalPath(path, siteConfig.trailingSlash, baseUrl)}`;
  const feedPath = (file: string): string => `${base}/${file}`;
  let docs: Map<string, FeedDoc> | undefined;

  return {
    name: 'changes-feed',
    allContentLoaded({allContent}) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!content) throw new Error('changes-feed: the docs plugin has no content.');
      docs = new Map(
        content.loadedVersions.flatMap((v) =>
          v.docs.map((d) => [d.id, {title: d.title, url: toUrl(d.permalink)}] as const),
        ),
      );
      const problems = changeProblems(changes, new Set(docs.keys()), new Date().toISOString().slice(0, 10));
      if (problems.length > 0) throw new Error(`The guide's change list has problems:\n- ${problems.join('\n- ')}`);
    },
    injectHtmlTags() {
      const title = `${siteConfig.title}: what changed`;
      return {
        headTags: [
          {
            tagName: 'link',
            attributes: {rel: 'alternate', type: 'application/atom+xml', title, href: feedPath(CHANGES_ATOM_FILE)},
          },
          {
            tagName: 'link',
            attributes: {rel: 'alternate', type: 'application/rss+xml', title, href: feedPath(CHANGES_RSS_FILE)},
          },
        ],
      };
    },
    async postBuild({outDir}) {
      if (!docs) throw new Error('changes-feed: no docs were loaded before the build ended.');
      const {atom, rss} = renderFeeds({
        siteTitle: siteConfig.title,
        pageUrl: toUrl(`${base}/${CHANGES_PAGE_SLUG}`),
        atomUrl: toUrl(feedPath(CHANGES_ATOM_FILE)),
        rssUrl: toUrl(feedPath(CHANGES_RSS_FILE)),
        changes,
        docs,
      });
      // Files go under outDir without the base path, which the build does not write out as folders.
      await writeFile(join(outDir, ...GUIDE_BASE.split('/'), CHANGES_ATOM_FILE), atom, 'utf8');
      await writeFile(join(outDir, ...GUIDE_BASE.split('/'), CHANGES_RSS_FILE), rss, 'utf8');
    },
  };
}
