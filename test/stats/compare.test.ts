import { describe, expect, it } from 'vitest';
import { compareNps, compareRates, wilsonInterval, type NpsCounts, type RateCounts } from '../../src/stats/index.js';

const rounded = (value: number) => Math.round(value * 1e4) / 1e4;

describe('compareRates', () => {
  it("matches Newcombe's hybrid score interval for a difference of proportions", () => {
    // Newcombe R.G. (1998), "Interval estimation for the difference between independent proportions:
    // comparison of eleven methods", Statistics in Medicine 17, 873–890, Table II, method 10
    const first = compareRates({ numerator: 56, denominator: 70 }, { numerator: 48, denominator: 80 });
    expect(rounded(first.difference!)).toBe(0.2);
    expect([rounded(first.interval!.lower), rounded(first.interval!.upper)]).toEqual([0.0524, 0.3339]);
    const second = compareRates({ numerator: 9, denominator: 10 }, { numerator: 3, denominator: 10 });
    expect([rounded(second.interval!.lower), rounded(second.interval!.upper)]).toEqual([0.1705, 0.809]);
  });
  it('gives the p-value of the pooled two-proportion z-test', () => {
    // pooled p = 104/150; z = 0.2 / √(p(1 − p)(1/70 + 1/80)) = 2.6501; two-sided p = 0.00805
    const result = compareRates({ numerator: 56, denominator: 70 }, { numerator: 48, denominator: 80 });
    expect(result.pValue).toBeCloseTo(0.008045, 5);
  });
  it('gives p = 1 for equal rates, including all-or-none', () => {
    expect(compareRates({ numerator: 5, denominator: 5 }, { numerator: 9, denominator: 9 }).pValue).toBe(1);
    expect(compareRates({ numerator: 3, denominator: 10 }, { numerator: 3, denominator: 10 }).pValue).toBeCloseTo(1, 12);
  });
  it('is all null when either side is empty', () => {
    expect(compareRates({ numerator: 0, denominator: 0 }, { numerator: 1, denominator: 2 })).toEqual({
      difference: null,
      interval: null,
      pValue: null,
    });
  });
  it('throws INVALID_INPUT naming the side and the count for counts that are not a rate', () => {
    expect(() => compareRates({ numerator: 3, denominator: 2 }, { numerator: 1, denominator: 2 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['a', 'numerator'], message: 'a.numerator must be at most denominator 2; got 3' }),
    );
    expect(() => compareRates({ numerator: 1, denominator: 2 }, { numerator: 0, denominator: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['b', 'denominator'], message: 'b.denominator must be a finite number ≥ 0; got NaN' }),
    );
  });
  it('throws INVALID_INPUT for a side that is not an object and INVALID_OPTION for options that are not (TypeErrors)', () => {
    const counts = { numerator: 5, denominator: 10 };
    expect(() => compareRates(null as unknown as RateCounts, counts)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['a'], message: 'a must be { numerator, denominator }; got null' }),
    );
    expect(() => compareRates(counts, counts, null as unknown as object)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }),
    );
  });
  it('keeps the interval finite for a denominator under 1e-308 (its upper bound was NaN)', () => {
    const result = compareRates({ numerator: 0, denominator: 1e-320 }, { numerator: 5, denominator: 10 });
    // the first Wilson interval is [0, 1]: upper = −0.5 + √((1 − 0)² + (0.5 − l₂)²)
    expect(result.interval?.upper).toBe(-0.5 + Math.hypot(1, 0.5 - (wilsonInterval(5, 10)?.lower as number)));
  });
});

describe('compareNps', () => {
  it('gives the difference in NPS points with a Wald interval from the summed variances', () => {
    const a = { promoters: 60, passives: 25, detractors: 15 };
    const b = { promoters: 40, passives: 30, detractors: 30 };
    const result = compareNps(a, b, { method: 'wald' });
    expect(result.difference).toBe(35);
    const variance = (0.75 - 0.45 ** 2) / 100 + (0.7 - 0.1 ** 2) / 100;
    const half = 100 * 1.959963984540054 * Math.sqrt(variance);
    expect(result.interval!.lower).toBeCloseTo(35 - half, 9);
    expect(result.interval!.upper).toBeCloseTo(35 + half, 9);
    // z = 35 / (100 × √variance) = 3.146; two-sided p = 0.00165
    expect(result.pValue).toBeCloseTo(0.001654, 5);
  });
  it('says a small change on small samples is not significant', () => {
    const result = compareNps({ promoters: 6, passives: 2, detractors: 2 }, { promoters: 5, passives: 3, detractors: 2 });
    expect(result.difference).toBeCloseTo(10, 12);
    expect(result.pValue).toBeGreaterThan(0.5);
    expect(result.interval!.lower).toBeLessThan(0);
  });
  it('is all null when either side has no responses', () => {
    expect(compareNps({ promoters: 0, passives: 0, detractors: 0 }, { promoters: 1, passives: 0, detractors: 0 }).pValue).toBeNull();
  });
  it('throws INVALID_OPTION for an unknown method', () => {
    const counts = { promoters: 1, passives: 1, detractors: 1 };
    expect(() => compareNps(counts, counts, { method: 'bootstrap' as 'wald' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
  it('throws INVALID_INPUT for a side that is not an object and INVALID_OPTION for options that are not (TypeErrors)', () => {
    const counts = { promoters: 5, passives: 2, detractors: 3 };
    expect(() => compareNps(null as unknown as NpsCounts, counts)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['a'], message: 'a must be { promoters, passives, detractors }; got null' }),
    );
    expect(() => compareNps(counts, counts, null as unknown as object)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }),
    );
  });
});
