import { describe, expect, it } from 'vitest';
import { quantile, quantiles } from '../../src/stats/index.js';

describe('quantile', () => {
  it('matches Excel PERCENTILE.INC', () => {
    // Microsoft Support, "PERCENTILE.INC function": PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9
    expect(quantile([1, 3, 2, 4], 0.3)).toBeCloseTo(1.9, 12);
  });
  it('matches numpy.percentile (linear, the default)', () => {
    // numpy documentation, numpy.percentile: a = [[10, 7, 4], [3, 2, 1]]; np.percentile(a, 50) = 3.5
    expect(quantile([10, 7, 4, 3, 2, 1], 0.5)).toBe(3.5);
    // the data of Wikipedia's "Percentile" examples, run through numpy:
    // np.percentile([15, 20, 35, 40, 50], [5, 30, 40, 50, 100]) = [16, 23, 29, 35, 50]
    expect(quantiles([15, 20, 35, 40, 50], [0.05, 0.3, 0.4, 0.5, 1])?.map((value) => Math.round(value * 1e9) / 1e9)).toEqual([16, 23, 29, 35, 50]);
  });
  it('gives the minimum and maximum at 0 and 1, and the single value of a one-element sample', () => {
    expect(quantiles([5, -2, 9], [0, 1])).toEqual([-2, 9]);
    expect(quantile([42], 0.9)).toBe(42);
  });
  it('does not reorder its input', () => {
    const values = [5, 1, 4, 2, 3];
    quantile(values, 0.5);
    expect(values).toEqual([5, 1, 4, 2, 3]);
  });
  it('returns null for no values', () => {
    expect(quantile([], 0.5)).toBeNull();
  });
  it('throws INVALID_OPTION for p outside [0, 1] and INVALID_INPUT for a non-finite value', () => {
    expect(() => quantile([1, 2], 90)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['p'] }));
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: [1] }));
  });
  it('throws INVALID_INPUT for values that are not an array (they crashed or gave undefined)', () => {
    for (const [values, shown] of [[null, 'null'], [{}, '{}'], [Number.NaN, 'NaN'], ['12', '"12"']] as const) {
      expect(() => quantile(values as unknown as number[], 0.5)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', path: [], message: `values must be an array of finite numbers; got ${shown}` }),
      );
    }
    expect(() => quantile([1, null as unknown as number], 0.5)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [1], message: 'value at index 1 must be a finite number; got null' }),
    );
  });
  it('throws INVALID_OPTION at p, or at ps and the index, for probabilities that are not numbers in [0, 1]', () => {
    expect(() => quantile([1, 2], true as unknown as number)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['p'], message: 'probability true is not between 0 and 1 (0.9 for the 90th percentile)' }),
    );
    expect(() => quantiles([1, 2], null as unknown as number[])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['ps'], message: 'ps must be an array of probabilities; got null' }),
    );
    // one probability in ps was reported at ['p']
    expect(() => quantiles([1, 2], [2])).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['ps', 0], message: 'probability 2 is not between 0 and 1 (0.9 for the 90th percentile)' }),
    );
  });
  it('interpolates between values whose difference overflows (it gave Infinity)', () => {
    expect(quantile([-1e308, 1e308], 0.5)).toBe(0);
    expect((quantile([1.7e308, -1.7e308], 0.9) as number) / 1.36e308).toBeCloseTo(1, 14);
  });
  it('handles many duplicates and sorted input (selection worst cases)', () => {
    const sorted = Array.from({ length: 10_001 }, (_, index) => index);
    expect(quantile(sorted, 0.5)).toBe(5000);
    expect(quantile(sorted.slice().reverse(), 0.9)).toBe(9000);
    const flat = Array.from({ length: 5000 }, (_, index) => index % 3);
    expect(quantile(flat, 0.5)).toBe(1);
  });
});
