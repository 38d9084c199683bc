/**
 * Writes every doc page as Markdown after the build, at the page's URL plus `.md` (the llms.txt convention:
 * `/integration/iot` → `/integration/iot.md`; the overview `/integration/` → `/integration.md`, and
 * `/integration/index.html.md` as the convention names it), and `/llms-full.txt`: every page's Markdown in
 * sidebar order, each headed by its title and URL. The Markdown comes from the MDX source (convert.ts), with
 * the matrix views, capabilities, glossary and diagrams drawn from the typed data (views.ts). All URLs come from
 * `siteConfig.url` and `baseUrl`.
 */
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join, relative} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {canonicalPath} from '../../data/site';
import {markdownPath, MARKDOWN_FULL_FILE} from '../../data/markdown';
import {sectionsFromSidebars, type SidebarEntry} from '../llms-txt/llms-txt';
import {mdxToMarkdown} from './convert';

/** A doc as this plugin writes it. */
interface MarkdownDoc {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The page's path, with the base path. */
  readonly permalink: string;
  /** The MDX file on disk. */
  readonly file: string;
}

/** The text of llms-full.txt: a heading, then every page under its title and URL. */
export function renderLlmsFull(
  site: {title: string; summary: string},
  pages: readonly {title: string; url: string; markdown: string}[],
): string {
  const parts = [`# ${site.title}\n\n> ${site.summary}\n`];
  for (const page of pages) {
    // Each page's own H1 is replaced by one that carries its URL, so the parts read as one document.
    const body = page.markdown.replace(/^# .*\n+/, '');
    parts.push(`# ${page.title}\n\nURL: ${page.url}\n\n${body}`);
  }
  return `${parts.join('\n---\n\n').trimEnd()}\n`;
}

export default function markdownPagesPlugin(context: LoadContext): Plugin {
  const {siteConfig, siteDir} = context;
  const origin = siteConfig.url.replace(/\/$/, '');
  const base = siteConfig.baseUrl.replace(/\/$/, '');
  const pageUrl = (permalink: string): string => `${origin}${canonicalPath(permalink, siteConfig.trailingSlash)}`;
  let docs: MarkdownDoc[] | undefined;

  return {
    name: 'markdown-pages',
    allContentLoaded({allContent}) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!content) throw new Error('markdown-pages: the docs plugin has no content.');
      docs = content.loadedVersions.flatMap((version) => {
        // Sidebar order, then any doc the sidebars leave out (the same order as llms.txt).
        const order = sectionsFromSidebars(
          version.docs,
          version.sidebars as unknown as Record<string, readonly SidebarEntry[]>,
          (permalink) => permalink,
        ).flatMap((section) => section.pages.map((p) => p.url));
        const byPermalink = new Map(version.docs.filter((d) => !d.unlisted).map((d) => [d.permalink, d]));
        return order.flatMap((permalink) => {
          const doc = byPermalink.get(permalink);
          if (!doc) return [];
          return [
            {
              id: doc.id,
              title: doc.title,
              description: doc.description,
              permalink: doc.permalink,
              file: join(siteDir, doc.source.replace(/^@site\//, '')),
            },
          ];
        });
      });
    },
    async postBuild({outDir}) {
      if (!docs) throw new Error('markdown-pages: no docs were loaded before the build ended.');
      const byId = new Map(docs.map((d) => [d.id, d]));
      const pages: {title: string; url: string; markdown: string}[] = [];
      for (const doc of docs) {
        const url = pageUrl(doc.permalink);
        const markdown = await mdxToMarkdown(await readFile(doc.file, 'utf8'), {
          file: relative(siteDir, doc.file),
          title: doc.title,
          description: doc.description,
          pageUrl: url,
          href: (path) => `${origin}${base}${path}`,
          doc: (id) => {
            const found = byId.get(id);
            return found && {title: found.title, url: pageUrl(found.permalink)};
          },
        });
        const paths = [markdownPath(doc.permalink)];
        // llms.txt's convention for a URL that ends in a slash: index.html.md under it.
        if (doc.permalink.endsWith('/')) paths.push(`${doc.permalink}index.html.md`);
        for (const path of paths) {
          // Paths carry the base path; the build directory is the base path's root.
          if (!path.startsWith(siteConfig.baseUrl))
            throw new Error(`markdown-pages: ${path} is outside the base path ${siteConfig.baseUrl}`);
          const target = join(outDir, ...path.slice(siteConfig.baseUrl.length).split('/'));
          await mkdir(dirname(target), {recursive: true});
          await writeFile(target, markdown, 'utf8');
        }
        pages.push({title: doc.title, url, markdown});
      }
      await writeFile(
        join(outDir, MARKDOWN_FULL_FILE),
        renderLlmsFull({title: siteConfig.title, summary: siteConfig.tagline}, pages),
        'utf8',
      );
    },
  };
}
