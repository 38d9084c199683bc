/**
 * Builds the search index after the site is built: every page's HTML cut into sections (src/search/sections.ts),
 * the glossary's aliases added to their terms, written with MiniSearch to `search-index.json`. Also registers the
 * client module that highlights searched terms on the page a result leads to.
 */
import {existsSync} from 'node:fs';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {createIndex, SEARCH_INDEX_VERSION, type SearchIndexFile, type SearchSection} from '../../search/engine';
import {extractSections} from '../../search/sections';
import {
  aliasEntries,
  capabilityMentions,
  initialisms,
  sectionAliases,
  termHomes,
  type CapabilityMentions,
} from '../../search/aliases';
import {SEARCH_INDEX_FILE} from '../../search/limits';
import {GLOSSARY_PAGE_PATH} from '../../data/glossary-queries';
import {CAPABILITIES_PAGE_PATH} from '../../data/capability-queries';
import {pathToUseCase} from '../../data/queries';
import {USE_CASE_IDS} from '../../data/types';

/** Pages that list separate entries rather than treat one subject. */
const LIST_PAGES = [GLOSSARY_PAGE_PATH, CAPABILITIES_PAGE_PATH];

/** Routes that are not content: the search page itself and the 404 page. */
const SKIPPED = ['search', '404'];

/** The built file of a route, or undefined when there is none. */
export function routeFile(outDir: string, baseUrl: string, route: string): string | undefined {
  const path = route.slice(baseUrl.length).replace(/\/+$/, '');
  const candidates = path === '' ? ['index.html'] : [`${path}.html`, join(path, 'index.html')];
  return candidates.map((c) => join(outDir, c)).find((file) => existsSync(file));
}

/** The sections of every content page of a build, with aliases; throws when a page yields none. */
export async function siteSections(
  outDir: string,
  baseUrl: string,
  routes: readonly string[],
): Promise<SearchSection[]> {
  const sections: SearchSection[] = [];
  for (const route of [...new Set(routes)].sort()) {
    if (SKIPPED.includes(route.slice(baseUrl.length))) continue;
    const file = routeFile(outDir, baseUrl, route);
    if (!file) continue;
    const html = await readFile(file, 'utf8');
    if (/http-equiv=["']?refresh/i.test(html)) continue;
    const found = extractSections(html, route);
    if (found.length === 0) {
      throw new Error(`search-index: ${file} has no <article> or <main> with text; the search would miss ${route}.`);
    }
    sections.push(
      ...found.map((s) => {
        const aliases = [s.aliases, sectionAliases(route.slice(baseUrl.length - 1), s.anchor), ...initialisms(s.text)];
        return {...s, aliases: aliases.filter(Boolean).join(' · ') || undefined};
      }),
    );
  }
  return sections;
}

/**
 * How often each content page's prose names each capability, by page path without the base URL (as the guide's
 * data names pages): the list pages (glossary, catalogue) name every capability once and are left out.
 */
export async function pageMentions(
  outDir: string,
  baseUrl: string,
  routes: readonly string[],
): Promise<CapabilityMentions> {
  const mentions = new Map<string, Map<string, number>>();
  for (const route of [...new Set(routes)].sort()) {
    const path = route.slice(baseUrl.length - 1);
    if (SKIPPED.includes(route.slice(baseUrl.length)) || LIST_PAGES.includes(path)) continue;
    const file = routeFile(outDir, baseUrl, route);
    if (file) mentions.set(path, capabilityMentions(await readFile(file, 'utf8')));
  }
  return mentions;
}

export default function searchIndexPlugin(): Plugin {
  return {
    name: 'search-index',
    getClientModules() {
      return [join(__dirname, '../../search/highlight.ts')];
    },
    async postBuild({outDir, routesPaths, baseUrl}) {
      const sections = await siteSections(outDir, baseUrl, routesPaths);
      const mentions = await pageMentions(outDir, baseUrl, routesPaths);
      const file: SearchIndexFile = {
        version: SEARCH_INDEX_VERSION,
        index: createIndex(sections).toJSON(),
        aliases: aliasEntries(),
        lists: LIST_PAGES.map((path) => `${baseUrl}${path.slice(1)}`),
        homes: termHomes(mentions).map(({words, route}) => ({words, route: `${baseUrl}${route.slice(1)}`})),
        situations: USE_CASE_IDS.map((id) => `${baseUrl}${pathToUseCase(id).slice(1)}`),
      };
      await writeFile(join(outDir, SEARCH_INDEX_FILE), JSON.stringify(file), 'utf8');
    },
  };
}
