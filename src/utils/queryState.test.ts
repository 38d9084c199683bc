/** The one reader of URL parameters that the matrix filter and the chooser share. */
import {describe, expect, it} from 'vitest';
import {readParams} from './queryState';

const isColour = (value: string): value is 'red' | 'blue' => value === 'red' || value === 'blue';
const CHECKS = {colour: isColour, size: (value: string) => /^\d+$/.test(value)};

describe('readParams', () => {
  it('reads accepted values, typed by their guards', () => {
    const {values, ignored} = readParams('?colour=red&size=3', CHECKS, true);
    const colour: 'red' | 'blue' | undefined = values.colour;
    expect(colour).toBe('red');
    expect(values.size).toBe('3');
    expect(ignored).toEqual([]);
  });

  it('ignores empty values, keeps the first of a repeat and reports each problem once, in link order', () => {
    const {values, ignored} = readParams('?colour=&size=x&colour=blue&colour=red&colour=red&a=1&a=2', CHECKS, true);
    expect(values).toEqual({colour: 'blue'});
    expect(ignored).toEqual([
      {kind: 'unknown-value', name: 'size', value: 'x'},
      {kind: 'repeated', name: 'colour'},
      {kind: 'unknown-parameter', name: 'a'},
    ]);
  });

  it('leaves unknown parameters alone when the view does not own the query string', () => {
    expect(readParams('?utm=x&colour=red', CHECKS, false)).toEqual({values: {colour: 'red'}, ignored: []});
  });

  it('does not take inherited names for parameters', () => {
    expect(readParams('?toString=1&constructor=2', CHECKS, true).ignored.map((i) => i.kind)).toEqual([
      'unknown-parameter',
      'unknown-parameter',
    ]);
  });
});
