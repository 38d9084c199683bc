/**
 * Writes `/llms.txt` after the build: every page of the guide with its
 * one-line description (the `description` front matter), in sidebar order, plus
 * the landing page and the machine-readable matrix. The docs are read from the
 * docs plugin's loaded content in `allContentLoaded`, so a new page appears in
 * the file without an edit here.
 */
import {writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {MATRIX_EXPORT_PATH, canonicalPath} from '../../data/site';
import {renderLlmsTxt, sectionsFromSidebars, type LlmsSection, type SidebarEntry} from './llms-txt';

export default function llmsTxtPlugin(context: LoadContext): Plugin {
  const {siteConfig, baseUrl} = context;
  const toUrl = (path: string): string => `${siteConfig.url}${canonicalPath(path, siteConfig.trailingSlash)}`;
  let text: string | undefined;

  return {
    name: 'llms-txt',
    allContentLoaded({allContent}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!docsContent) throw new Error('llms-txt: the docs plugin has no content to list.');
      const sections: LlmsSection[] = [];
      for (const version of docsContent.loadedVersions) {
        sections.push(
          ...sectionsFromSidebars(
            version.docs,
            version.sidebars as unknown as Record<string, readonly SidebarEntry[]>,
            toUrl,
          ),
        );
      }
      const guide = sections[0];
      const home = {title: `${siteConfig.title} (home)`, url: toUrl(baseUrl), description: siteConfig.tagline};
      if (guide) sections[0] = {...guide, pages: [home, ...guide.pages]};
      else sections.unshift({heading: 'Guide', pages: [home]});
      sections.push({
        heading: 'Data',
        pages: [
          {
            title: 'The matrix as JSON',
            url: toUrl(`${baseUrl.replace(/\/$/, '')}${MATRIX_EXPORT_PATH}`),
            description:
              'Every use case with the fit (preferred or possible) of each integration method, page URLs and anchors; versioned shape.',
          },
          {title: 'Sitemap', url: toUrl(`${baseUrl}sitemap.xml`), description: 'Every page of the site, for crawlers.'},
        ],
      });
      text = renderLlmsTxt({
        title: siteConfig.title,
        summary: siteConfig.tagline,
        details: [
          'Written for solution architects and lead developers. Each use case page names the methods that suit it; each solution category page explains one method and when it does and does not apply.',
        ],
        sections,
      });
    },
    async postBuild({outDir}) {
      if (text === undefined) throw new Error('llms-txt: no content was loaded before the build ended.');
      await writeFile(join(outDir, 'llms.txt'), text, 'utf8');
    },
  };
}
