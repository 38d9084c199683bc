/**
 * `toMatrixExport` publishes exactly the typed matrix: every method, category
 * and use case in order, every fit (absent ones as null), absolute URLs, and it
 * refuses bad data instead of publishing it.
 */
import {describe, expect, it} from 'vitest';
import matrix from '../../src/data/matrix';
import {MATRIX_EXPORT_VERSION, MATRIX_PAGE_PATHS, serializeMatrixExport, toMatrixExport} from '../../src/data/export';
import {METHOD_IDS, type MatrixData} from '../../src/data/types';

const SITE = 'https://guide.example.com';

describe('toMatrixExport', () => {
  const exported = toMatrixExport(matrix, SITE);

  it('states its version and its own URL', () => {
    expect(exported.version).toBe(MATRIX_EXPORT_VERSION);
    expect(exported.url).toBe(`${SITE}/integration/matrix.json`);
    expect(exported.$comment).toMatch(/MatrixExport/);
    expect(exported.matrixPages).toEqual(MATRIX_PAGE_PATHS.map((p) => `${SITE}${p}`));
  });

  it('lists the methods and categories in the data order with their pages', () => {
    expect(exported.methods.map((m) => m.id)).toEqual([...METHOD_IDS]);
    expect(exported.methods[2]).toEqual({
      id: 'events',
      label: 'Events / Queues',
      shortLabel: 'Events',
      category: 'event-integration',
      url: `${SITE}/integration/event-integration`,
    });
    expect(exported.categories.map((c) => c.id)).toEqual(matrix.categories.map((c) => c.id));
    expect(exported.categories.find((c) => c.id === 'integration-layers')?.method).toBeNull();
  });

  it('carries every use case with its fits, page, legacy anchor and row anchor', () => {
    expect(exported.useCases).toHaveLength(matrix.useCases.length);
    for (const [i, useCase] of matrix.useCases.entries()) {
      const row = exported.useCases[i]!;
      expect(row.id).toBe(useCase.id);
      expect(row.url).toBe(`${SITE}/integration/${useCase.id}`);
      expect(row.legacyUrl).toBe(`${SITE}/integration/integration-use-cases#${useCase.legacyAnchor}`);
      expect(row.rowAnchor).toBe(`matrix-${useCase.id}`);
      expect(row.rowUrl).toBe(`${SITE}/integration/integration-use-cases#matrix-${useCase.id}`);
      expect(Object.keys(row.fits)).toEqual([...METHOD_IDS]);
      for (const method of METHOD_IDS) {
        expect(row.fits[method]).toBe((useCase.fits as Record<string, string | undefined>)[method] ?? null);
      }
    }
  });

  it('is pure and serializes to stable JSON that round-trips', () => {
    expect(toMatrixExport(matrix, SITE)).toEqual(exported);
    const text = serializeMatrixExport(exported);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(exported);
    expect(serializeMatrixExport(toMatrixExport(matrix, SITE))).toBe(text);
  });

  it('accepts a site URL with a trailing slash', () => {
    expect(toMatrixExport(matrix, `${SITE}/`).url).toBe(`${SITE}/integration/matrix.json`);
  });

  it('refuses data that fails validation, naming the problem', () => {
    const bad = {
      ...matrix,
      useCases: [{...matrix.useCases[0]!, fits: {ui: 'maybe'}}],
    } as unknown as MatrixData;
    expect(() => toMatrixExport(bad, SITE)).toThrow(/Cannot export the matrix:[\s\S]*fit "maybe"/);
  });
});
