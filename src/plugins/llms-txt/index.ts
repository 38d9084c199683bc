/**
 * Writes `/llms.txt` after the build: every page of the site with its one-line
 * description. Docs come from the docs plugin's loaded content (read in
 * `allContentLoaded`: title and `description` front matter, in sidebar order);
 * every other route the build wrote (the landing page, pages in src/pages) is
 * read from its built HTML (title and meta description). So a new page appears
 * in the file without an edit here. Routes marked noindex and the 404 page are
 * left out. As the llms.txt convention asks, a doc is listed by its Markdown
 * version (its URL plus `.md`, written by src/plugins/markdown-pages), and the
 * whole guide in one file (llms-full.txt) is listed under "Data".
 */
import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {MATRIX_EXPORT_PATH, canonicalPath} from '../../data/site';
import {CAPABILITIES_EXPORT_PATH} from '../../data/capability-queries';
import {CHANGES_ATOM_FILE} from '../../data/changes';
import {OBJECTS_INV_PATH, XREF_EXPORT_PATH} from '../../data/xref';
import {GUIDE_BASE} from '../../data/queries';
import {MARKDOWN_FULL_FILE, markdownPath} from '../../data/markdown';
import {
  pageFromHtml,
  renderLlmsTxt,
  sectionsFromSidebars,
  type LlmsPage,
  type LlmsSection,
  type SidebarEntry,
} from './llms-txt';

/** The HTML file the build wrote for a route (which starts with the base path), whichever trailing-slash layout it used. */
function routeFile(outDir: string, baseUrl: string, route: string): string | undefined {
  // The build writes a route's file under outDir without the base path: /base/integration/iot -> integration/iot.html.
  const bare = `/${route.slice(baseUrl.length)}`.replace(/\/+$/, '');
  const candidates = route.endsWith('/')
    ? [join(outDir, bare, 'index.html')]
    : [join(outDir, `${bare}.html`), join(outDir, bare, 'index.html')];
  return candidates.find((file) => existsSync(file));
}

export default function llmsTxtPlugin(context: LoadContext): Plugin {
  const {siteConfig, baseUrl} = context;
  const toUrl = (path: string): string => `${siteConfig.url}${canonicalPath(path, siteConfig.trailingSlash, baseUrl)}`;
  let docSections: LlmsSection[] | undefined;
  // The doc pages' own URLs: the sections list their Markdown versions instead.
  const docUrls = new Set<string>();

  return {
    name: 'llms-txt',
    allContentLoaded({allContent}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!docsContent) throw new Error('llms-txt: the docs plugin has no content to list.');
      docSections = docsContent.loadedVersions.flatMap((version) => {
        for (const doc of version.docs) docUrls.add(toUrl(doc.permalink));
        return sectionsFromSidebars(
          version.docs,
          version.sidebars as unknown as Record<string, readonly SidebarEntry[]>,
          (permalink) => `${siteConfig.url}${markdownPath(permalink)}`,
        );
      });
    },
    async postBuild({outDir, routesPaths, routesBuildMetadata}) {
      if (!docSections) throw new Error('llms-txt: no docs were loaded before the build ended.');
      const listed = new Set(docUrls);
      let home: LlmsPage | undefined;
      const others: LlmsPage[] = [];
      for (const route of [...routesPaths].sort()) {
        const url = toUrl(route);
        if (listed.has(url) || routesBuildMetadata[route]?.noIndex || /\/404(\.html)?$/.test(route)) continue;
        const file = routeFile(outDir, baseUrl, route);
        const page = file && pageFromHtml(await readFile(file, 'utf8'), siteConfig.title);
        if (!page) continue;
        listed.add(url);
        if (route === baseUrl) home = {...page, title: `${siteConfig.title}: ${page.title}`, url};
        else others.push({...page, url});
      }

      const [guide, ...rest] = docSections;
      const sections: LlmsSection[] = [
        ...(guide
          ? [{...guide, pages: [...(home ? [home] : []), ...guide.pages]}]
          : home
            ? [{heading: 'Guide', pages: [home]}]
            : []),
        ...rest,
        ...(others.length > 0 ? [{heading: 'More pages', pages: others}] : []),
        {
          heading: 'Data',
          pages: [
            {
              title: 'The whole guide as one Markdown file',
              url: toUrl(`${baseUrl}${MARKDOWN_FULL_FILE}`),
              description: 'Every page above in the same order, each headed by its title and URL.',
            },
            {
              title: 'The matrix as JSON',
              url: toUrl(`${baseUrl.replace(/\/$/, '')}${MATRIX_EXPORT_PATH}`),
              description:
                'Every use case with the fit (preferred or possible) of each integration method, page URLs and anchors; versioned shape.',
            },
            {
              title: 'The Mendix capability catalogue as JSON',
              url: toUrl(`${baseUrl.replace(/\/$/, '')}${CAPABILITIES_EXPORT_PATH}`),
              description:
                'Every Mendix capability the guide names: status (current, beta, deprecated and its replacement), Studio Pro version, where it runs, reference page; versioned shape.',
            },
            {
              title: 'Link targets as JSON',
              url: toUrl(`${baseUrl.replace(/\/$/, '')}${XREF_EXPORT_PATH}`),
              description:
                'Every page, heading with an id, matrix row, legacy anchor, glossary term and capability, with a stable name, title, summary and absolute URL; versioned shape.',
            },
            {
              title: 'Link targets for Sphinx (intersphinx inventory)',
              url: toUrl(`${baseUrl.replace(/\/$/, '')}${OBJECTS_INV_PATH}`),
              description: 'The same targets as objects.inv, for intersphinx_mapping.',
            },
            {
              title: 'What changed in the guide (Atom feed)',
              url: toUrl(`${baseUrl.replace(/\/$/, '')}${GUIDE_BASE}/${CHANGES_ATOM_FILE}`),
              description: 'Every change of guidance, newest first, with the pages it touched.',
            },
            {
              title: 'Sitemap',
              url: toUrl(`${baseUrl}sitemap.xml`),
              description: 'Every page of the site, for crawlers.',
            },
          ],
        },
      ];
      const text = renderLlmsTxt({
        title: siteConfig.title,
        summary: siteConfig.tagline,
        details: [
          'Written for solution architects and lead developers. Each use case page names the methods that suit it; each solution category page explains one method and when it does and does not apply.',
        ],
        sections,
      });
      await writeFile(join(outDir, 'llms.txt'), text, 'utf8');
    },
  };
}
