/**
 * Node-only: which card each doc page gets, its key, and whether the committed
 * image is current. Shared by the build's check (./index.ts), `npm run images`
 * (src/scripts/images.ts) and the tests, so all agree.
 *
 * A card's key is 16 hex digits of sha256 over its HTML (./template.ts: the
 * guide's name, the page's title and summary, a use-case page's row of the
 * matrix, the design and the icon) and TEMPLATE_VERSION. `npm run images`
 * writes the key into the PNG (a tEXt chunk named KEY_KEYWORD); the build
 * compares it with the key of the page as it is now, and fails when the image
 * is missing or its key differs.
 */
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DEFAULT_PARSE_FRONT_MATTER, parseMarkdownFile} from '@docusaurus/utils';
import {matrix} from '../../data/matrix';
import {previewFileName, PREVIEWS_PATH} from '../../data/previews';
import {findUseCase, fitLabel, GUIDE_BASE, pathToUseCase} from '../../data/queries';
import {markdownFilesUnder} from '../../scripts/blocks';
import {pngText} from './png';
import {cardHtml, type PreviewCard, type PreviewFit} from './template';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the images are committed. */
export const PREVIEWS_DIR = join(ROOT, 'static', PREVIEWS_PATH);

/** The command that writes them, for messages. */
export const PREVIEWS_COMMAND = 'npm run images';

/** Raise to redraw every card when something the HTML does not show changes (e.g. how it is screenshot). */
export const TEMPLATE_VERSION = 1;

/** The tEXt keyword under which an image carries its key. */
export const KEY_KEYWORD = 'ig-preview-key';

/** The guide's icon, drawn on every card. */
export const ICON_FILE = join(ROOT, 'static/img/favicon.svg');

/** A doc page as far as its card depends on it: the docs plugin's metadata, or the same read from the file. */
export interface PreviewDoc {
  /** The docs plugin's title: front-matter `title`, else the first heading. */
  readonly title: string;
  /** The front-matter `description`. */
  readonly description: string;
  /** The doc's slug, e.g. "/iot". */
  readonly slug: string;
  /** Where the doc comes from, for messages, e.g. "docs/use-cases/iot.mdx". */
  readonly source: string;
}

/** A use-case page's row of the matrix as words, one per method in column order; undefined for other pages. */
export function previewRow(slug: string): readonly PreviewFit[] | undefined {
  const useCase = findUseCase(matrix, slug.replace(/^\/+/, ''));
  if (!useCase || pathToUseCase(useCase.id) !== `${GUIDE_BASE}${slug}`) return undefined;
  return matrix.methods.map((method) => ({method: method.shortLabel, fit: fitLabel(useCase.fits[method.id])}));
}

/** The card of a doc page; throws, naming the file, when it has no title or description to show. */
export function previewCard(doc: PreviewDoc, guide: string): PreviewCard {
  if (!doc.title.trim()) throw new Error(`${doc.source}: a page needs a title for its preview image.`);
  if (!doc.description.trim()) {
    throw new Error(`${doc.source}: a page needs a front-matter description for its preview image.`);
  }
  const row = previewRow(doc.slug);
  return {guide, title: doc.title, summary: doc.description, ...(row ? {row} : {})};
}

const sha256 = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

let iconText: string | undefined;
/** The icon's SVG, read once. */
export function icon(): string {
  iconText ??= readFileSync(ICON_FILE, 'utf8');
  return iconText;
}

/** The card's key: changes with anything it shows or how it is drawn. */
export function previewKey(card: PreviewCard, svgIcon: string = icon()): string {
  return sha256({version: TEMPLATE_VERSION, html: cardHtml(card, svgIcon)}).slice(0, 16);
}

/** Whether a doc's committed image is there and drawn from the card as it is now. */
export type PreviewState = 'current' | 'missing' | 'stale';

/** The state of the image `file` for a card whose key is `key`. */
export function previewState(file: string, key: string): PreviewState {
  if (!existsSync(file)) return 'missing';
  try {
    return pngText(readFileSync(file), KEY_KEYWORD, file) === key ? 'current' : 'stale';
  } catch {
    return 'stale';
  }
}

/** The committed image of a doc. */
export function previewFile(slug: string, dir: string = PREVIEWS_DIR): string {
  return join(dir, previewFileName(slug));
}

/** One message per doc whose image is missing or stale, naming the page, the file and the command; [] when all are current. */
export function previewProblems(docs: readonly PreviewDoc[], guide: string, dir: string = PREVIEWS_DIR): string[] {
  return docs.flatMap((doc) => {
    const file = previewFile(doc.slug, dir);
    const state = previewState(file, previewKey(previewCard(doc, guide)));
    if (state === 'current') return [];
    const why = state === 'missing' ? 'is missing' : 'is stale (the title, summary, matrix row or design changed)';
    return [
      `${doc.source}: its preview image static/${PREVIEWS_PATH}/${previewFileName(doc.slug)} ${why}: run \`${PREVIEWS_COMMAND}\` and commit static/${PREVIEWS_PATH}.`,
    ];
  });
}

/**
 * The doc pages read from their files under `root`/docs with the docs plugin's own parser (front matter, then the
 * first heading as the title when the front matter has none), for `npm run images` and the tests, which run
 * without a build; like the docs plugin, without partials (`_name.mdx`) and drafts. Throws, naming the file, for
 * a page without a slug.
 */
export async function previewDocsFromFiles(root: string = ROOT): Promise<PreviewDoc[]> {
  // The docs plugin leaves out partials (a file or folder named with a leading underscore).
  const files = markdownFilesUnder(root, 'docs').filter((file) => !/(^|\/)_/.test(file));
  const docs = await Promise.all(
    files.map(async (source) => {
      const filePath = join(root, source);
      const {frontMatter, contentTitle} = await parseMarkdownFile({
        filePath,
        fileContent: readFileSync(filePath, 'utf8'),
        parseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
      });
      const text = (key: string): string => (typeof frontMatter[key] === 'string' ? frontMatter[key] : '');
      const slug = text('slug');
      if (!slug) throw new Error(`${source}: a page needs a slug in its front matter (see the README's URL contract).`);
      // A draft is not built, so it has no page to preview.
      if (frontMatter.draft === true) return undefined;
      return {title: text('title') || (contentTitle ?? ''), description: text('description'), slug, source};
    }),
  );
  return docs.filter((doc): doc is PreviewDoc => doc !== undefined);
}
