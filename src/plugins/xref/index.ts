/**
 * Writes `/integration/xref.json` and `/integration/objects.inv` after the build: every page, every heading with an
 * id, every matrix row, legacy anchor, glossary term and capability, with absolute URLs from the site's `url` and
 * `baseUrl` (see src/data/xref.ts for the shape, ./objects-inv.ts for the Sphinx inventory). Pages and headings are
 * read from the built HTML, so generated headings (the glossary's letters and terms) are included and a new page
 * needs no edit here; the data's anchors are checked against the built pages, so the build fails when one is gone.
 *
 * The files exist in `docusaurus build` output only; `docusaurus start` does not serve them.
 */
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname, join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {changes} from '../../data/changes';
import {canonicalPath} from '../../data/site';
import {
  OBJECTS_INV_PATH,
  XREF_EXPORT_PATH,
  serializeXrefExport,
  siteRoot,
  toXrefExport,
  type PageFacts,
} from '../../data/xref';
import {inventoryObjects, writeObjectsInv} from './objects-inv';
import {isHiddenPage, pageFacts} from './pages';

/** The HTML file the build wrote for a route path without the base, whichever trailing-slash layout it used. */
export function builtFile(outDir: string, path: string): string | undefined {
  const bare = path.replace(/^\/+|\/+$/g, '');
  const candidates = bare === '' ? ['index.html'] : [`${bare}.html`, join(bare, 'index.html')];
  return candidates.map((c) => join(outDir, c)).find((file) => existsSync(file));
}

export default function xrefPlugin(context: LoadContext): Plugin {
  const {siteConfig, baseUrl} = context;
  return {
    name: 'xref',
    async postBuild({outDir, routesPaths, routesBuildMetadata}) {
      const pages: PageFacts[] = [];
      for (const route of [...new Set(routesPaths)].sort()) {
        if (routesBuildMetadata[route]?.noIndex || /\/404(\.html)?$/.test(route)) continue;
        const path = `/${canonicalPath(route, siteConfig.trailingSlash).slice(baseUrl.length)}`;
        const file = builtFile(outDir, path);
        if (!file) throw new Error(`xref: the route ${route} has no built HTML file in ${outDir}`);
        const html = await readFile(file, 'utf8');
        if (isHiddenPage(html)) continue;
        pages.push(pageFacts(html, path, siteConfig.title));
      }
      const xref = toXrefExport(siteRoot(siteConfig.url, baseUrl), pages);
      const file = join(outDir, ...XREF_EXPORT_PATH.split('/'));
      await mkdir(dirname(file), {recursive: true});
      await writeFile(file, serializeXrefExport(xref), 'utf8');
      // The inventory's version is the guide's edition: the date of its latest change.
      const header = {project: siteConfig.title, version: changes[0]?.date ?? ''};
      await writeFile(join(outDir, ...OBJECTS_INV_PATH.split('/')), writeObjectsInv(header, inventoryObjects(xref)));
    },
  };
}
