/**
 * The anchor contract: every URL path and anchor in tests/contract/anchors.txt (pages, headings, matrix rows, legacy
 * anchors, glossary terms, capabilities, legacy redirect paths) resolves in the build under test, whatever its base
 * path. A failure says how to keep the link working; what the build publishes beyond the contract is reported only.
 */
import {describe, expect, it} from 'vitest';
import {brokenEntries, brokenMessage, publishedEntries, readContract, sortEntries} from '../support/anchor-contract';
import {BUILD_DIR} from '../support/site';
import matrix from '../../src/data/matrix';
import {GUIDE_BASE, USE_CASES_PAGE_PATH, matrixRowPath, pathToUseCase} from '../../src/data/queries';
import {glossaryList, glossaryPath} from '../../src/data/glossary-queries';
import {LEGACY_BASE} from '../../src/data/site';

describe('anchor contract', () => {
  const contract = readContract();

  it('is sorted, without repeats, and each line is a path with at most one anchor', () => {
    expect(contract, 'tests/contract/anchors.txt must be sorted: run "npm run anchors -- --add-new"').toEqual(
      sortEntries(contract),
    );
    for (const entry of contract) expect(entry, 'a contract line').toMatch(/^\/[^#\s]*(#[^#\s]+)?$/);
    expect(contract.length).toBeGreaterThan(400);
  });

  it('every published URL and anchor still resolves in the build', () => {
    const broken = brokenEntries(contract);
    expect(broken.length, brokenMessage(broken)).toBe(0);
  });

  it('reports what the build publishes that the contract does not promise yet', () => {
    const listed = new Set(contract);
    const fresh = publishedEntries().filter((entry) => !listed.has(entry));
    if (fresh.length > 0)
      console.info(
        `${BUILD_DIR} publishes ${fresh.length} URL(s) or anchor(s) not in tests/contract/anchors.txt yet ` +
          `(run "npm run anchors -- --add-new" to promise them):\n  ${fresh.join('\n  ')}`,
      );
    // The kinds the contract covers are published: a use case's page, its matrix rows, its legacy anchor and path.
    const useCase = matrix.useCases[0]!;
    expect(publishedEntries()).toEqual(
      expect.arrayContaining([
        pathToUseCase(useCase.id),
        matrixRowPath(useCase.id),
        `${USE_CASES_PAGE_PATH}#${useCase.legacyAnchor}`,
        `${LEGACY_BASE}${pathToUseCase(useCase.id).slice(GUIDE_BASE.length)}`,
        glossaryPath(glossaryList[0]!.id),
      ]),
    );
  });

  it('fails, with the way to keep each link, when a page, an anchor or a redirect target is gone', () => {
    const broken = brokenEntries([
      '/integration/no-such-page',
      `${USE_CASES_PAGE_PATH}#no-such-anchor`,
      matrixRowPath(matrix.useCases[0]!.id),
      `${LEGACY_BASE}${pathToUseCase(matrix.useCases[0]!.id).slice(GUIDE_BASE.length)}`,
    ]);
    expect(broken.map((b) => b.entry)).toEqual(['/integration/no-such-page', `${USE_CASES_PAGE_PATH}#no-such-anchor`]);
    const message = brokenMessage(broken);
    expect(message).toMatch(/MOVED_PAGES in src\/plugins\/redirects\/index\.ts/);
    expect(message).toMatch(/<Link id="old-id" \/>/);
  });
});
