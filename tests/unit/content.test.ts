/**
 * Content rules every page keeps: front matter (title, short description,
 * explicit slug), the matrix views drawn from the data rather than typed by
 * hand, the required sections, and no placeholder text.
 */
import {describe, expect, it} from 'vitest';
import {readDocs, type DocPage} from '../support/docs';
import {categories, useCases} from '@site/src/data/matrix';
import {LANDING_REVIEW, STUDIO_PRO_COVERAGE, isDay} from '@site/src/data/review';
import {glossaryList} from '@site/src/data/glossary-queries';

const DOCS = readDocs();
const bySlug = (slug: string): DocPage | undefined => DOCS.find((d) => d.frontMatter.slug === slug);
/** Prose without imports, JSX, code blocks and Markdown punctuation, for word counts. */
const words = (body: string): number =>
  body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[^}]+\}/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z]/.test(w)).length;

describe('every doc page', () => {
  it('is found', () => {
    expect(DOCS.length).toBeGreaterThanOrEqual(6 + 15 + 4);
  });

  it.each(DOCS.map((d) => [d.file, d] as const))(
    '%s has a title, a short description and an explicit slug',
    (_, doc) => {
      expect(doc.frontMatter.title?.trim()).toBeTruthy();
      const description = doc.frontMatter.description ?? '';
      expect(description.trim().length).toBeGreaterThan(20);
      expect(description.length).toBeLessThanOrEqual(160);
      expect(doc.frontMatter.slug).toMatch(/^\/([a-z0-9]+(-[a-z0-9]+)*)?$/);
    },
  );

  it.each(DOCS.map((d) => [d.file, d] as const))(
    '%s says when it was last reviewed against the platform and which Studio Pro versions it covers',
    (_, doc) => {
      const reviewed = doc.frontMatter.last_reviewed;
      expect(isDay(reviewed), `last_reviewed "${reviewed}" must be a real day written as 'YYYY-MM-DD'`).toBe(true);
      expect(reviewed! <= new Date().toISOString().slice(0, 10), `last_reviewed ${reviewed} is in the future`).toBe(
        true,
      );
      expect(doc.frontMatter.studio_pro, "studio_pro, e.g. '10.24 LTS and 11'").toMatch(STUDIO_PRO_COVERAGE);
    },
  );

  it('the landing page says when it was last reviewed, like every doc page', () => {
    expect(isDay(LANDING_REVIEW.lastReviewed)).toBe(true);
    expect(LANDING_REVIEW.lastReviewed <= new Date().toISOString().slice(0, 10)).toBe(true);
    expect(LANDING_REVIEW.studioPro).toMatch(STUDIO_PRO_COVERAGE);
  });

  it("includes the glossary's terms and definitions, which the build draws from src/data/glossary.ts", () => {
    const glossary = DOCS.find((d) => d.id === 'glossary');
    expect(glossary?.generatedFrom).toEqual(['src/data/glossary.ts']);
    for (const {id, term, definition} of glossaryList) {
      expect(glossary?.body).toContain(`### ${term} {#${id}}\n\n${definition}`);
    }
  });

  it('has a unique slug', () => {
    const slugs = DOCS.map((d) => d.frontMatter.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(DOCS.map((d) => [d.file, d] as const))('%s has no placeholder text', (_, doc) => {
    expect(doc.body).not.toMatch(
      /\b(TODO|TBD|FIXME|XXX|lorem ipsum|coming soon|placeholder)\b|EXPLAIN DIAGRAM|ADD LINKS/i,
    );
    expect(doc.body).not.toMatch(/\{\{%/);
  });

  it.each(DOCS.map((d) => [d.file, d] as const))('%s carries no hand-typed matrix', (_, doc) => {
    // The seed's table used images for its cells; a Markdown copy would need "Preferred"/"Possible" cells.
    expect(doc.body).not.toMatch(/^\|.*\|\s*(Preferred|Possible|green|grey)\s*\|/im);
  });
});

describe('use-case pages', () => {
  const SECTIONS = ['the-need', 'recommended-methods', 'deciding-questions', 'example', 'pitfalls', 'related'];

  it.each(useCases.map((u) => [u.id, u] as const))(
    '%s shows its row from the data and has every section',
    (id, useCase) => {
      const doc = bySlug(`/${id}`);
      expect(
        doc,
        `docs/use-cases/${id}.mdx with "slug: /${id}" (README, "How to add a use case", step 2)`,
      ).toBeDefined();
      const body = doc?.body ?? '';
      expect(body).toContain(`<UseCaseMethods useCase="${id}" />`);
      for (const section of SECTIONS) expect(body, `#${section}`).toMatch(new RegExp(`^## .+\\{#${section}\\}$`, 'm'));
      // Every listed method has its own subsection; no other method does.
      const subsections = [...body.matchAll(/^### .+\{#method-([a-z-]+)\}$/gm)].map((m) => m[1]).sort();
      expect(subsections, 'a "### ... {#method-<method id>}" subsection for each listed method').toEqual(
        Object.keys(useCase.fits).sort(),
      );
      expect(words(body), 'at least about 500 words').toBeGreaterThanOrEqual(480);
    },
  );
});

describe('the capability catalogue page', () => {
  it('shows one group per solution category, drawn from the data', () => {
    const body = bySlug('/mendix-capabilities')?.body ?? '';
    for (const category of categories) {
      expect(body).toMatch(
        new RegExp(`^## .+\\{#${category.id}\\}\\n\\n<CapabilityTable category="${category.id}" catalogue />$`, 'm'),
      );
    }
  });
});

/** How prose names each method when it says how well the method fits. */
const METHOD_NAMES: Record<string, RegExp> = {
  ui: /\bUI integration\b/i,
  services: /\bservice integration\b|\bservices?\b|\bREST\b/i,
  events: /\bevent-driven integration\b|\bevents?\b|\bqueues?\b/i,
  batch: /\bbatch integration\b|\bbatch\b|\bfiles?\b/i,
  'central-data': /\bcentral data\b/i,
};

/**
 * Sentences of a use-case page that say how well one method fits: "<method> is (the) preferred / possible /
 * default". Each returns the method and the word, so a test can hold it against the matrix data.
 */
function fitClaims(body: string): {method: string; word: string; sentence: string}[] {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(#|import |<).*$/gm, ' ')
    .replace(/\s+/g, ' ');
  return prose.split(/(?<=[.!?])\s+/).flatMap((sentence) => {
    const claim =
      /\b(?:is|are|remains|stays|as)\s+(?:the\s+|a\s+)?(preferred|possible|default)\b|,\s+(?:the|a)\s+(preferred|possible|default)\s+(?:method|choice)\b/i.exec(
        sentence,
      );
    if (!claim) return [];
    const before = sentence.slice(0, claim.index);
    const methods = Object.entries(METHOD_NAMES).filter(([, name]) => name.test(before));
    if (methods.length !== 1) return [];
    return [{method: methods[0]?.[0] ?? '', word: (claim[1] ?? claim[2] ?? '').toLowerCase(), sentence}];
  });
}

/** The claims that disagree with a use case's fits: "default" counts as preferred. */
function fitProblems(body: string, fits: Readonly<Record<string, string>>): string[] {
  return fitClaims(body)
    .filter(({method, word}) => (word === 'default' ? 'preferred' : word) !== fits[method])
    .map(
      ({method, word, sentence}) =>
        `calls ${method} "${word}" but the matrix says ${fits[method] ?? 'not listed'}: ${sentence}`,
    );
}

describe('use-case prose agrees with the matrix', () => {
  it.each(useCases.map((u) => [u.id, u] as const))('%s', (id, useCase) => {
    expect(fitProblems(bySlug(`/${id}`)?.body ?? '', useCase.fits)).toEqual([]);
  });

  it('reads fit claims on the pages (the rule is not vacuous)', () => {
    const claims = useCases.flatMap((u) => fitClaims(bySlug(`/${u.id}`)?.body ?? ''));
    expect(claims.length).toBeGreaterThanOrEqual(5);
  });

  it('finds a sentence that contradicts the data', () => {
    const body = 'For this need a REST pull is the default. Batch integration is possible.';
    expect(fitProblems(body, {services: 'possible', batch: 'possible'})).toEqual([
      'calls services "default" but the matrix says possible: For this need a REST pull is the default.',
    ]);
    expect(fitProblems(body, {services: 'preferred', batch: 'possible'})).toEqual([]);
  });
});

describe('category pages', () => {
  const SECTIONS = ['what-it-is', 'when-to-use', 'options', 'in-mendix', 'pitfalls', 'use-cases', 'related'];

  it.each(categories.map((c) => [c.id, c] as const))(
    '%s shows its column from the data and has every section',
    (id, category) => {
      const doc = bySlug(`/${id}`);
      expect(doc, `page with slug /${id}`).toBeDefined();
      const body = doc?.body ?? '';
      if ('method' in category) expect(body).toContain(`<MethodUseCases method="${category.method}" />`);
      else expect(body).not.toContain('<MethodUseCases');
      // The Mendix section lists the category's capabilities from the catalogue.
      const inMendix = /^## .+\{#in-mendix\}$([\s\S]*?)(?=^## )/m.exec(body)?.[1] ?? '';
      expect(inMendix, 'the #in-mendix section shows the catalogue').toContain(`<CapabilityTable category="${id}" />`);
      for (const section of SECTIONS) expect(body, `#${section}`).toMatch(new RegExp(`^## .+\\{#${section}\\}$`, 'm'));
      expect(words(body), 'at least about 1,000 words').toBeGreaterThanOrEqual(950);
    },
  );
});
