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
  it('handles many duplicates and sorted input (selection worst cases)', () => {
    const sorted = Array.from({ length: 10_001 }, (_, index) => index);
    expect(quantile(sorted, 0.5)).toBe(5000);
    expect(quantile(sorted.slice().reverse(), 0.9)).toBe(9000);
    const flat = Array.from({ length: 5000 }, (_, index) => index % 3);
    expect(quantile(flat, 0.5)).toBe(1);
  });
});
