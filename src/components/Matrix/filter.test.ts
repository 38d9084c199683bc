import {describe, expect, it} from 'vitest';
import matrix from '@site/src/data/matrix';
import {parseFilter, rowMatches, rowOfHash, serializeFilter} from './filter';
import {USE_CASES_AFTER_SEED} from '../../../tests/fixtures/use-cases-after-seed';

describe('parseFilter', () => {
  it('reads a known method and fit', () => {
    expect(parseFilter('?method=events&fit=preferred')).toEqual({
      filter: {method: 'events', fit: 'preferred'},
      ignored: [],
    });
  });

  it('ignores unknown values and says which', () => {
    expect(parseFilter('?method=rpc&fit=maybe')).toEqual({
      filter: {fit: 'all'},
      ignored: ['unknown method "rpc"', 'unknown fit "maybe"'],
    });
  });

  it('cuts an absurdly long value in the note', () => {
    const {ignored} = parseFilter(`?method=${'x'.repeat(3000)}`);
    expect(ignored[0]?.length).toBeLessThan(70);
  });

  it('treats empty parameters as absent', () => {
    expect(parseFilter('?method=&fit=')).toEqual({filter: {fit: 'all'}, ignored: []});
  });

  it('uses the first of a repeated parameter and says so, leaving parameters it does not own alone', () => {
    expect(parseFilter('?method=ui&utm=x&method=events&fit=listed')).toEqual({
      filter: {method: 'ui', fit: 'listed'},
      ignored: ['repeated method'],
    });
  });
});

describe('serializeFilter', () => {
  it('round-trips and keeps unrelated parameters', () => {
    const search = serializeFilter({method: 'batch', fit: 'listed'}, '?utm=x&method=ui');
    expect(search).toBe('?utm=x&method=batch&fit=listed');
    expect(parseFilter(search).filter).toEqual({method: 'batch', fit: 'listed'});
  });

  it('writes nothing for no filter', () => {
    expect(serializeFilter({fit: 'all'})).toBe('');
  });
});

describe('rowMatches', () => {
  const count = (method: 'ui' | 'batch' | undefined, fit: 'all' | 'preferred' | 'listed'): number =>
    matrix.useCases
      .filter((u) => !USE_CASES_AFTER_SEED.includes(u.id))
      .filter((u) => rowMatches(u, method ? {method, fit} : {fit})).length;

  it('counts rows per method and fit as the seed has them', () => {
    expect(count(undefined, 'all')).toBe(15);
    expect(count('ui', 'preferred')).toBe(3);
    expect(count('ui', 'listed')).toBe(6);
    expect(count('batch', 'preferred')).toBe(2);
    expect(count('batch', 'listed')).toBe(6);
  });

  it('without a method, "preferred" keeps every row with any preferred cell', () => {
    expect(count(undefined, 'preferred')).toBe(14);
  });
});

describe('rowOfHash', () => {
  it('finds the use case of a matrix row anchor, and nothing for other hashes', () => {
    expect(rowOfHash('#matrix-iot')?.id).toBe('iot');
    expect(rowOfHash('#matrix')).toBeUndefined();
    expect(rowOfHash('')).toBeUndefined();
  });
});
