/**
 * What the types cannot hold: the data equals the seed's table, ids and
 * anchors are unique, every use case and category has its page, and the
 * validator catches bad data with a message that names the problem.
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import matrix, {categories, methods, useCases} from './matrix';
import {parseSeedTable} from '../../tests/support/seed-table';
import {CATEGORY_IDS, METHOD_IDS, USE_CASE_IDS, type MatrixData, type UseCase} from './types';
import {findUseCase, inSentence, methodsFor, listedUseCases, validateMatrix} from './queries';

const ROOT = join(__dirname, '../..');
const seed = parseSeedTable(readFileSync(join(ROOT, 'tests/fixtures/seed-mendix-integration.md'), 'utf8'));

/** Front matter `slug` of every doc file, keyed by slug. */
function docSlugs(): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(entry.name)) {
        const slug = /^---\n[\s\S]*?^slug:\s*(\S+)\s*$[\s\S]*?^---$/m.exec(readFileSync(path, 'utf8'))?.[1];
        if (slug) result.set(slug.replace(/^["']|["']$/g, ''), path);
      }
    }
  };
  walk(join(ROOT, 'docs'));
  return result;
}

describe('the seed table parser', () => {
  it('finds five method columns and fifteen rows in the seed', () => {
    expect(seed.columns).toEqual([
      'UI Integration',
      'RPC / Services',
      'Events / Queues',
      'Export, Import, Batch',
      'Central Data',
    ]);
    expect(seed.rows).toHaveLength(15);
    expect(seed.rows.every((r) => r.fits.length === 5)).toBe(true);
  });

  it('fails clearly on Markdown without the table', () => {
    expect(() => parseSeedTable('# No table here')).toThrow(/no table whose first heading is "Use Case"/);
  });
});

describe('the matrix data', () => {
  it('has the seed columns, in order, with the seed labels', () => {
    expect(methods.map((m) => m.id)).toEqual([...METHOD_IDS]);
    expect(methods.map((m) => m.label)).toEqual(seed.columns);
  });

  it('has the fifteen use cases in the seed order, with the seed labels', () => {
    expect(useCases.map((u) => u.id)).toEqual([...USE_CASE_IDS]);
    expect(useCases.map((u) => u.seedLabel)).toEqual(seed.rows.map((r) => r.label));
  });

  it('equals the seed table cell for cell', () => {
    for (const [i, useCase] of useCases.entries()) {
      const row = seed.rows[i];
      const fits: Partial<Record<string, string>> = useCase.fits;
      methods.forEach((method, j) => {
        expect(fits[method.id], `${useCase.id} / ${method.id}`).toBe(row?.fits[j]);
      });
    }
  });

  it('has six categories; five map to the columns in order, integration layers to none', () => {
    expect(categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    const mapped: (string | undefined)[] = categories.map((c) => ('method' in c ? c.method : undefined));
    expect(mapped).toEqual([...METHOD_IDS, undefined]);
    for (const method of methods) {
      expect(categories.find((c) => c.id === method.category)?.id).toBe(method.category);
    }
  });

  it('keeps the legacy anchors of the original use-case page', () => {
    expect(useCases.map((u) => u.legacyAnchor)).toEqual([
      'sso',
      'import-dist',
      'view-search',
      'use-refer',
      'process',
      'export-import',
      'master-data',
      'distributing',
      'int-bi',
      'mobile',
      'cms-cdn',
      'orchestrate',
      'int-cicd',
      'ai-iot',
      'machine',
    ]);
  });

  it('passes its own validation', () => {
    expect(validateMatrix(matrix)).toEqual([]);
  });

  it('keeps summaries short enough for cards and meta descriptions', () => {
    for (const item of [...useCases, ...categories]) {
      expect(item.summary.length, item.id).toBeLessThanOrEqual(160);
      expect(item.summary.endsWith('.'), item.id).toBe(true);
    }
  });

  it('gives every use case at least one method, and all but export-import-batch a preferred one', () => {
    for (const useCase of useCases) {
      const listed = methodsFor(matrix, useCase);
      expect(listed.length, useCase.id).toBeGreaterThan(0);
      expect(
        listed.some((m) => m.fit === 'preferred'),
        useCase.id,
      ).toBe(useCase.id !== 'export-import-batch');
    }
  });
});

describe('pages and anchors', () => {
  const slugs = docSlugs();

  it('has a page for every use case and every category, at /integration/<id>', () => {
    for (const id of [...USE_CASE_IDS, ...CATEGORY_IDS]) {
      expect(slugs.has(`/${id}`), `page with slug /${id}`).toBe(true);
    }
  });

  it('renders every legacy anchor as a heading id on the use-case list page', () => {
    const page = readFileSync(slugs.get('/integration-use-cases') ?? '', 'utf8');
    for (const useCase of useCases) {
      expect(page, `#${useCase.legacyAnchor}`).toMatch(new RegExp(`^#{2,3} .+\\{#${useCase.legacyAnchor}\\}$`, 'm'));
    }
  });

  it('keeps the #functionally anchor on the seed page', () => {
    expect(readFileSync(slugs.get('/mendix-integration') ?? '', 'utf8')).toMatch(/^#{2,3} .+\{#functionally\}$/m);
  });
});

describe('queries', () => {
  it('puts titles mid-sentence without breaking acronyms', () => {
    expect(inSentence('Integration with IoT solutions')).toBe('integration with IoT solutions');
    expect(inSentence('SSO, directory and identity integration')).toBe('SSO, directory and identity integration');
    expect(inSentence('CMS and CDN integration')).toBe('CMS and CDN integration');
  });

  it('lists preferred methods before possible ones', () => {
    const iot = findUseCase(matrix, 'iot');
    expect(iot && methodsFor(matrix, iot).map((m) => `${m.method.id}:${m.fit}`)).toEqual([
      'services:preferred',
      'events:preferred',
      'central-data:preferred',
      'batch:possible',
    ]);
  });

  it('lists a column preferred first, in seed order', () => {
    expect(listedUseCases(matrix, 'ui').map((u) => `${u.useCase.id}:${u.fit}`)).toEqual([
      'process-integration:preferred',
      'master-data:preferred',
      'cms-cdn:preferred',
      'sso-identity:possible',
      'view-search-data:possible',
      'ops-monitoring:possible',
    ]);
  });
});

describe('validateMatrix on bad data', () => {
  const base = useCases[0] as UseCase;
  const withUseCases = (...extra: unknown[]): MatrixData =>
    ({...matrix, useCases: [...useCases, ...extra]}) as unknown as MatrixData;

  it('names a duplicate use case id', () => {
    expect(validateMatrix(withUseCases({...base}))).toContain('Use case id "sso-identity" is used more than once.');
  });

  it('names a fit for an unknown method', () => {
    const problems = validateMatrix(withUseCases({...base, id: 'iot-2', legacyAnchor: 'x', fits: {rpc: 'preferred'}}));
    expect(problems).toContain('Use case "iot-2" has a fit for unknown method "rpc".');
  });

  it('names a misspelt fit', () => {
    const bad = {...matrix, useCases: [{...base, fits: {services: 'prefered'}}, ...useCases.slice(1)]};
    expect(validateMatrix(bad as unknown as MatrixData)).toContain(
      'Use case "sso-identity" has fit "prefered" for "services"; use "preferred" or "possible".',
    );
  });

  it('names a missing summary and an invalid anchor', () => {
    const bad = {...matrix, useCases: [{...base, summary: ' ', legacyAnchor: '#sso'}, ...useCases.slice(1)]};
    const problems = validateMatrix(bad as unknown as MatrixData);
    expect(problems).toContain('Use case "sso-identity" has no summary.');
    expect(problems).toContain('Use case "sso-identity" has an invalid legacy anchor "#sso".');
  });

  it('rejects data that is not shaped like a matrix at all', () => {
    expect(validateMatrix({} as MatrixData)).toEqual([
      'The matrix data must have the arrays "methods", "categories" and "useCases".',
    ]);
  });
});
