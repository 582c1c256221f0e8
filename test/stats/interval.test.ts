import { describe, expect, it } from 'vitest';
import { npsInterval, wilsonInterval, type NpsCounts } from '../../src/stats/index.js';

const rounded = (interval: { lower: number; upper: number } | null) =>
  interval === null ? null : [Math.round(interval.lower * 1e4) / 1e4, Math.round(interval.upper * 1e4) / 1e4];

describe('wilsonInterval', () => {
  it("matches Newcombe's worked examples", () => {
    // Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Statistics in Medicine 17, 857–872, Table I (method 3, Wilson score)
    expect(rounded(wilsonInterval(81, 263))).toEqual([0.2553, 0.3662]);
    expect(rounded(wilsonInterval(15, 148))).toEqual([0.0624, 0.1605]);
    expect(rounded(wilsonInterval(0, 20))).toEqual([0, 0.1611]);
    expect(rounded(wilsonInterval(1, 29))).toEqual([0.0061, 0.1718]);
  });
  it('has exact bounds 0 and 1 at the extremes', () => {
    expect(wilsonInterval(0, 5)?.lower).toBe(0);
    expect(wilsonInterval(5, 5)?.upper).toBe(1);
  });
  it('narrows as the level falls', () => {
    const wide = wilsonInterval(40, 100, { level: 0.99 })!;
    const narrow = wilsonInterval(40, 100, { level: 0.8 })!;
    expect(narrow.lower).toBeGreaterThan(wide.lower);
    expect(narrow.upper).toBeLessThan(wide.upper);
    expect(narrow.level).toBe(0.8);
  });
  it('is null for no trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
  it('throws INVALID_INPUT for more successes than trials and INVALID_OPTION for a bad level', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => wilsonInterval(1, 2, { level: 1.2 })).toThrow(expect.objectContaining({ code: 'INVALID_OPTION', path: ['level'] }));
  });
  it('names the count at fault, and rejects options that are not an object', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['successes'], message: 'successes must be at most trials 2; got 3' }),
    );
    expect(() => wilsonInterval(1, '2' as unknown as number)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['trials'], message: 'trials must be a finite number ≥ 0; got "2"' }),
    );
    expect(() => wilsonInterval(1, 2, null as unknown as object)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }),
    );
  });
  it('is [0, 1] for a count of trials so small that z²/n overflows (it gave NaN)', () => {
    expect(wilsonInterval(0, 1e-320)).toEqual({ lower: 0, upper: 1, level: 0.95 });
    expect(wilsonInterval(1e-320, 1e-320)).toEqual({ lower: 0, upper: 1, level: 0.95 });
  });
});

describe('npsInterval', () => {
  it('computes the Wald interval in NPS points', () => {
    // NPS 45 from 60/25/15 of 100: variance (0.6 + 0.15 − 0.45²)/100 = 0.005475
    const interval = npsInterval({ promoters: 60, passives: 25, detractors: 15 }, { method: 'wald' })!;
    const half = 100 * 1.959963984540054 * Math.sqrt(0.005475);
    expect(interval.lower).toBeCloseTo(45 - half, 10);
    expect(interval.upper).toBeCloseTo(45 + half, 10);
  });
  it('adds ¾ to promoters and detractors and 3 to n for adjusted Wald', () => {
    // MeasuringU, "Evaluating NPS Confidence Intervals with Real-World Data" (Lewis & Sauro 2021),
    // after Rocks (2016): add 3 to n, ¾ to detractors and ¾ to promoters
    const interval = npsInterval({ promoters: 60, passives: 25, detractors: 15 })!;
    const p = 60.75 / 103;
    const d = 15.75 / 103;
    const half = 1.959963984540054 * Math.sqrt((p + d - (p - d) ** 2) / 103);
    expect(interval.lower).toBeCloseTo(100 * (p - d - half), 10);
    expect(interval.upper).toBeCloseTo(100 * (p - d + half), 10);
  });
  it('keeps a non-degenerate adjusted interval when every response is a promoter', () => {
    const interval = npsInterval({ promoters: 10, passives: 0, detractors: 0 })!;
    expect(interval.upper).toBe(100);
    expect(interval.lower).toBeLessThan(100);
  });
  it('is null for no responses', () => {
    expect(npsInterval({ promoters: 0, passives: 0, detractors: 0 })).toBeNull();
  });
  it('throws INVALID_OPTION for an unknown method', () => {
    expect(() => npsInterval({ promoters: 1, passives: 0, detractors: 0 }, { method: 'exact' as 'wald' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: ['method'] }),
    );
  });
  it('throws INVALID_INPUT for counts that are not an object and INVALID_OPTION for options that are not', () => {
    expect(() => npsInterval(null as unknown as NpsCounts)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: [], message: 'counts must be { promoters, passives, detractors }; got null' }),
    );
    expect(() => npsInterval({ promoters: 1, passives: Number.NaN, detractors: 0 })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['passives'], message: 'passives must be a finite number ≥ 0; got NaN' }),
    );
    expect(() => npsInterval({ promoters: 1, passives: 0, detractors: 0 }, null as unknown as object)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', path: [], message: 'options must be an object; got null' }),
    );
  });
});
