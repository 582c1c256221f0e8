import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { normalCdf, normalCriticalValue, normalQuantile } from '../../src/stats/index.js';

describe('normalCdf', () => {
  it('matches standard normal table values', () => {
    // Abramowitz & Stegun, Handbook of Mathematical Functions, Table 26.1
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 14);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14);
    expect(normalCdf(3)).toBeCloseTo(0.99865010196837, 14);
  });
  it('keeps the relative accuracy of small tails', () => {
    // 1 − Φ(9) = 1.1285884059538e-19 (Wolfram Alpha, erfc(9/√2)/2)
    expect(normalCdf(-9) / 1.1285884059538e-19).toBeCloseTo(1, 10);
  });
  it('gives 0 and 1 at the infinities', () => {
    expect(normalCdf(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(normalCdf(Number.POSITIVE_INFINITY)).toBe(1);
  });
  it('throws INVALID_INPUT at x for an argument that is not a number (it looped forever), and gives NaN for NaN', () => {
    for (const [x, shown] of [[undefined, 'undefined'], ['abc', '"abc"'], [{}, '{}'], [10n, '10n']] as const) {
      expect(() => normalCdf(x as unknown as number)).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', path: ['x'], message: `x must be a number; got ${shown}` }),
      );
    }
    expect(normalCdf(Number.NaN)).toBeNaN();
  });
});

describe('normalQuantile', () => {
  it('gives the familiar critical values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 13);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 12);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446, 12);
  });
  it("agrees with Wichura's AS 241 to 3e-15 from 1e-300 to ½", () => {
    // Reference: Python 3.12 statistics.NormalDist().inv_cdf(p), which implements AS 241 (PPND16),
    // Applied Statistics 37(3), 1988, accurate to about 1e-16.
    const reference: [number, number][] = [
      [1e-300, -37.0470962993612],
      [1e-100, -21.27345356096532],
      [1e-20, -9.262340089798405],
      [1e-9, -5.9978070150076865],
      [0.0001, -3.71901648545568],
      [0.0015, -2.967737925341783],
      [0.0233, -1.9899177202420455],
      [0.1, -1.2815515655446008],
      [0.3, -0.5244005127080407],
      [0.49, -0.025068908258711057],
    ];
    for (const [p, z] of reference) {
      expect(Math.abs(normalQuantile(p) - z) / Math.max(1, Math.abs(z))).toBeLessThan(3e-15);
    }
  });
  it('inverts normalCdf far into the tails', () => {
    for (const p of [1e-12, 1e-6, 0.01, 0.3, 0.7, 0.99, 1 - 1e-9]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9);
    }
  });
  it('throws INVALID_OPTION for a probability outside [0, 1]', () => {
    expect(() => normalQuantile(1.5)).toThrow(expect.objectContaining({ code: 'INVALID_OPTION' }));
  });
  it('throws INVALID_OPTION at p for null, true or a string (they gave ∓Infinity)', () => {
    for (const [p, shown] of [[null, 'null'], [true, 'true'], ['0.5', '"0.5"']] as const) {
      expect(() => normalQuantile(p as unknown as number)).toThrow(
        expect.objectContaining({ code: 'INVALID_OPTION', path: ['p'], message: `p must be between 0 and 1; got ${shown}` }),
      );
    }
  });
});

describe('normalCriticalValue', () => {
  it('is 1.96 for 95 %', () => {
    expect(normalCriticalValue(0.95)).toBeCloseTo(1.959963984540054, 13);
  });
  it('keeps its precision for levels near 1', () => {
    // (1 − (1 − 1e-12)) / 2 = 4.999889391399392e-13 in doubles; AS 241 (Python's NormalDist) gives
    // Φ⁻¹ of it as −7.130509892879272.
    expect(Math.abs(normalCriticalValue(1 - 1e-12) - 7.130509892879272)).toBeLessThan(3e-14);
  });
  it('throws INVALID_OPTION with path level for a level outside (0, 1)', () => {
    for (const level of [0, 1, 95, Number.NaN]) {
      try {
        normalCriticalValue(level);
        expect.unreachable();
      } catch (error) {
        expect(isServiceKitError(error, 'INVALID_OPTION')).toBe(true);
        expect((error as { path: unknown }).path).toEqual(['level']);
      }
    }
  });
});
