/**
 * After the build, prints every doc page in sidebar order into one PDF at the root of the build
 * (`<baseUrl>integration-guide.pdf`, src/scripts/pdf.ts) when this build makes it (src/data/pdf.ts: Chromium and
 * pdfinfo installed, GUIDE_PDF not 0). The config shows the footer's "Download the guide as PDF" link on the same
 * condition, so a build without the PDF has no link to it.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {SidebarEntry} from '../llms-txt/llms-txt';
import {PDF_FILE, type PdfSetting} from '../../data/pdf';
import type {PdfPage} from '../../scripts/pdf';

/** The doc pages of the sidebars in their order (a category's own page first), each with its top category's label. */
export function pagesInSidebarOrder(
  docs: readonly {
    readonly id: string;
    readonly title: string;
    readonly permalink: string;
    readonly unlisted?: boolean;
  }[],
  sidebars: Readonly<Record<string, readonly SidebarEntry[]>>,
): PdfPage[] {
  const byId = new Map(docs.filter((d) => !d.unlisted).map((d) => [d.id, d]));
  const seen = new Set<string>();
  const pages: PdfPage[] = [];
  const add = (id: string | undefined, group: string | undefined): void => {
    const doc = id === undefined ? undefined : byId.get(id);
    if (!doc || seen.has(doc.id)) return;
    seen.add(doc.id);
    pages.push({permalink: doc.permalink, title: doc.title, ...(group ? {group} : {})});
  };
  const walk = (items: readonly SidebarEntry[], group: string | undefined): void => {
    for (const item of items) {
      if (item.type === 'doc' || item.type === 'ref') add(item.id, group);
      else if (item.type === 'category') {
        const label = group ?? item.label;
        add(item.link?.type === 'doc' ? item.link.id : undefined, label);
        walk(item.items, label);
      }
    }
  };
  for (const sidebar of Object.values(sidebars)) walk(sidebar, undefined);
  return pages;
}

export interface PdfPluginOptions {
  /** Whether this build makes the PDF (the config decides once, for the footer link too). */
  readonly setting: PdfSetting;
}

/** The plugin's options as the config passes them; anything else stops the build. */
export function readOptions(options: unknown): PdfPluginOptions {
  const setting = (options as {setting?: unknown} | undefined)?.setting as Partial<{enabled: unknown; reason: unknown}>;
  if (setting?.enabled === true) return {setting: {enabled: true}};
  if (setting?.enabled === false && typeof setting.reason === 'string') {
    return {setting: {enabled: false, reason: setting.reason}};
  }
  throw new Error('pdf: the plugin needs {setting: pdfSetting(process.env)} (src/data/pdf.ts) as its options.');
}

export default function pdfPlugin(context: LoadContext, rawOptions: unknown): Plugin {
  const options = readOptions(rawOptions);
  const {siteConfig, baseUrl} = context;
  let pages: PdfPage[] | undefined;
  return {
    name: 'pdf',
    allContentLoaded({allContent}) {
      const content = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!content) throw new Error('pdf: the docs plugin has no content.');
      pages = content.loadedVersions.flatMap((version) =>
        pagesInSidebarOrder(version.docs, version.sidebars as unknown as Record<string, readonly SidebarEntry[]>),
      );
    },
    async postBuild({outDir}) {
      if (!options.setting.enabled) {
        console.log(`[pdf] No PDF of the guide in this build, and no link to it: ${options.setting.reason}.`);
        return;
      }
      if (!pages) throw new Error('pdf: no docs were loaded before the build ended.');
      const started = Date.now();
      // Loaded only here, so builds without Chromium never load playwright.
      const {makeGuidePdf} = await import('../../scripts/pdf').catch((error: unknown) => {
        throw new Error(
          `pdf: cannot load the printing script (it needs the dev dependency playwright-core); set GUIDE_PDF=0 to build without the PDF. ${String(error)}`,
        );
      });
      const output = join(outDir, PDF_FILE);
      const {passes, report} = await makeGuidePdf({
        outDir,
        output,
        pages,
        site: {title: siteConfig.title, tagline: siteConfig.tagline, url: siteConfig.url.replace(/\/+$/, ''), baseUrl},
      });
      if (report.missingAnchors.length > 0) {
        throw new Error(`pdf: links to anchors their page lacks:\n${report.missingAnchors.join('\n')}`);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(
        `[pdf] Wrote ${PDF_FILE}: ${pages.length} pages of the guide, ${report.internalLinks} links inside it, ${passes} prints, ${seconds} s.`,
      );
    },
  };
}
