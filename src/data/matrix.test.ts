/**
 * What the types cannot hold: the data equals the seed's table, ids and
 * anchors are unique, every use case and category has its page, and the
 * validator catches bad data with a message that names the problem.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {readDocs} from '../../tests/support/docs';
import {useCasePieceProblems, type PieceDoc} from '../../tests/support/use-case-pieces';
import {USE_CASES_AFTER_SEED} from '../../tests/fixtures/use-cases-after-seed';
import matrix, {categories, methods, useCases} from './matrix';
import {reasons as allReasons} from './reasons';
import {parseSeedTable} from '../../tests/support/seed-table';
import {CATEGORY_IDS, METHOD_IDS, USE_CASE_IDS, type MatrixData, type UseCase} from './types';
import {findUseCase, inSentence, methodsFor, listedUseCases, validateMatrix} from './queries';

const ROOT = join(__dirname, '../..');
const seed = parseSeedTable(readFileSync(join(ROOT, 'tests/fixtures/seed-mendix-integration.md'), 'utf8'));
/** The rows that reproduce the seed's table: all but those added after it. */
const seedRows = matrix.useCases.filter((u) => !USE_CASES_AFTER_SEED.includes(u.id));
/** Every page, with its slug and its text as written. */
const docs: PieceDoc[] = readDocs().map((d) => ({
  file: d.file,
  slug: d.frontMatter.slug ?? '',
  text: readFileSync(join(ROOT, d.file), 'utf8'),
}));

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

  it('has a row per use case in the order of USE_CASE_IDS, and the seed rows in the seed order with its labels', () => {
    expect(
      useCases.map((u) => u.id),
      'the rows of useCases in src/data/matrix.ts follow USE_CASE_IDS in src/data/types.ts',
    ).toEqual([...USE_CASE_IDS]);
    expect(
      seedRows.map((u) => u.seedLabel),
      'a row added after the seed belongs in USE_CASES_AFTER_SEED (tests/fixtures/use-cases-after-seed.ts)',
    ).toEqual(seed.rows.map((r) => r.label));
  });

  it('equals the seed table cell for cell', () => {
    for (const [i, useCase] of seedRows.entries()) {
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
    expect(seedRows.map((u) => u.legacyAnchor)).toEqual([
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

  it('gives a reason for every fit (src/data/reasons.ts), one sentence under 160 characters, and none for an empty cell', () => {
    for (const useCase of matrix.useCases) {
      const reasons: Partial<Record<string, string>> = allReasons[useCase.id];
      expect(Object.keys(reasons).sort(), useCase.id).toEqual(Object.keys(useCase.fits).sort());
      for (const [method, reason = ''] of Object.entries(reasons)) {
        expect(reason.length, `${useCase.id}/${method}`).toBeLessThanOrEqual(160);
        expect(reason, `${useCase.id}/${method}`).toMatch(/^[A-Z].*\.$/);
      }
    }
  });

  it('gives every use case at least one method, and all but export-import-batch a preferred one', () => {
    for (const useCase of matrix.useCases) {
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
  it('has every piece a use case needs besides its row: page, section, anchor, place in the seed, count', () => {
    expect(
      useCasePieceProblems({
        useCases,
        docs,
        seedLabels: seed.rows.map((r) => r.label),
        afterSeed: USE_CASES_AFTER_SEED,
      }),
    ).toEqual([]);
  });

  it('has a page for every category, at /integration/<id>', () => {
    for (const id of CATEGORY_IDS)
      expect(
        docs.some((d) => d.slug === `/${id}`),
        `page with slug /${id}`,
      ).toBe(true);
  });

  it('keeps the #functionally anchor on the seed page', () => {
    expect(docs.find((d) => d.slug === '/mendix-integration')?.text).toMatch(/^#{2,3} .+\{#functionally\}$/m);
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

  it('names both problems of a cell for an unknown method with an unknown fit', () => {
    const bad = {...matrix, useCases: [{...base, fits: {rpc: 'green'}}, ...useCases.slice(1)]};
    const problems = validateMatrix(bad as unknown as MatrixData);
    expect(problems).toContain('Use case "sso-identity" has a fit for unknown method "rpc".');
    expect(problems).toContain('Use case "sso-identity" has fit "green" for "rpc"; use "preferred" or "possible".');
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
