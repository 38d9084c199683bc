/**
 * Pure parts of the llms.txt plugin: the page list in sidebar order and the
 * file's text (https://llmstxt.org: an H1 with the site's name, a one-line
 * summary as a quote, then H2 sections of `- [title](url): description` lines).
 */

/** A page as llms.txt lists it. */
export interface LlmsPage {
  /** The page title. */
  readonly title: string;
  /** Absolute URL of the page. */
  readonly url: string;
  /** One line saying what the page is for; may be empty. */
  readonly description: string;
}

/** A group of pages under an H2 heading. */
export interface LlmsSection {
  readonly heading: string;
  readonly pages: readonly LlmsPage[];
}

/** Everything the file says. */
export interface LlmsTxt {
  /** The site's name (the H1). */
  readonly title: string;
  /** One sentence on what the site is (the quote under the H1). */
  readonly summary: string;
  /** Optional plain paragraphs after the summary. */
  readonly details?: readonly string[];
  readonly sections: readonly LlmsSection[];
}

/** The parts of a loaded doc this plugin reads (a subset of the docs plugin's DocMetadata). */
export interface DocEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly permalink: string;
  readonly unlisted?: boolean;
}

/** The parts of a sidebar item this plugin reads. */
export type SidebarEntry =
  | {readonly type: 'doc' | 'ref'; readonly id: string}
  | {
      readonly type: 'category';
      readonly label: string;
      readonly items: readonly SidebarEntry[];
      readonly link?: {readonly type: string; readonly id?: string};
    }
  | {readonly type: 'link' | 'html'};

/** One line of text: collapses whitespace so a description never breaks the list. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Groups docs by the sidebars: top-level docs under `topLevelHeading`, each
 * top-level category under its label (its own page first). Docs that no sidebar
 * lists come last under `otherHeading`; unlisted docs are left out everywhere.
 */
export function sectionsFromSidebars(
  docs: readonly DocEntry[],
  sidebars: Readonly<Record<string, readonly SidebarEntry[]>>,
  toUrl: (permalink: string) => string,
  headings: {topLevel: string; other: string} = {topLevel: 'Guide', other: 'Other pages'},
): LlmsSection[] {
  const byId = new Map(docs.filter((d) => !d.unlisted).map((d) => [d.id, d]));
  const listed = new Set<string>();
  const page = (id: string | undefined): LlmsPage[] => {
    const doc = id === undefined ? undefined : byId.get(id);
    if (!doc || listed.has(doc.id)) return [];
    listed.add(doc.id);
    return [{title: oneLine(doc.title), url: toUrl(doc.permalink), description: oneLine(doc.description)}];
  };
  const walk = (items: readonly SidebarEntry[]): LlmsPage[] =>
    items.flatMap((item) => {
      if (item.type === 'doc' || item.type === 'ref') return page(item.id);
      if (item.type === 'category')
        return [...page(item.link?.type === 'doc' ? item.link.id : undefined), ...walk(item.items)];
      return [];
    });

  const sections: LlmsSection[] = [];
  const topLevel: LlmsPage[] = [];
  for (const sidebar of Object.values(sidebars)) {
    for (const item of sidebar) {
      if (item.type === 'category') {
        const pages = walk([item]);
        if (pages.length > 0) sections.push({heading: oneLine(item.label), pages});
      } else {
        topLevel.push(...walk([item]));
      }
    }
  }
  if (topLevel.length > 0) sections.unshift({heading: headings.topLevel, pages: topLevel});
  const others = docs.filter((d) => !d.unlisted && !listed.has(d.id)).flatMap((d) => page(d.id));
  if (others.length > 0) sections.push({heading: headings.other, pages: others});
  return sections;
}

/** Decodes the few HTML entities a title or description attribute carries. */
function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The title (without the ` | Site` suffix Docusaurus adds) and the meta
 * description of a built HTML page, for pages that are not docs (the landing
 * page, pages in src/pages). Undefined when the page has no title.
 */
export function pageFromHtml(html: string, siteTitle: string): {title: string; description: string} | undefined {
  const rawTitle = /<title[^>]*>([\s\S]*?)<\/title>/.exec(html)?.[1];
  if (!rawTitle) return undefined;
  const suffix = ` | ${siteTitle}`;
  let title = oneLine(decodeEntities(rawTitle));
  if (title.endsWith(suffix) && title.length > suffix.length) title = title.slice(0, -suffix.length);
  let description = '';
  for (const tag of html.match(/<meta\b[^>]*>/g) ?? []) {
    if (/\sname=["']?description["'\s/>]/.test(tag)) {
      const value = /\scontent=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(tag);
      description = oneLine(decodeEntities(value?.[1] ?? value?.[2] ?? value?.[3] ?? ''));
      break;
    }
  }
  return {title, description};
}

/** Escapes the characters that would end a Markdown link text early. */
function linkText(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

/** The text of llms.txt, ending in a newline. */
export function renderLlmsTxt(content: LlmsTxt): string {
  const lines = [`# ${oneLine(content.title)}`, '', `> ${oneLine(content.summary)}`, ''];
  for (const paragraph of content.details ?? []) lines.push(oneLine(paragraph), '');
  for (const section of content.sections) {
    if (section.pages.length === 0) continue;
    lines.push(`## ${oneLine(section.heading)}`, '');
    for (const p of section.pages) {
      lines.push(`- [${linkText(p.title)}](${p.url})${p.description ? `: ${p.description}` : ''}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
