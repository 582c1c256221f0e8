import { describe, expect, it } from 'vitest';
import { isServiceKitError } from '../../src/errors/service-kit-error.js';
import { agreement, type AgreementOptions, type AgreementRating } from '../../src/quality/index.js';

/** Expands a 2×2 table of two raters' pass (1) / fail (0) ratings into items. */
function twoByTwo(bothPass: number, onlyFirst: number, onlySecond: number, bothFail: number): number[][] {
  return [
    ...Array.from({ length: bothPass }, () => [1, 1]),
    ...Array.from({ length: onlyFirst }, () => [1, 0]),
    ...Array.from({ length: onlySecond }, () => [0, 1]),
    ...Array.from({ length: bothFail }, () => [0, 0]),
  ];
}

/** Expands a subjects × categories count table (Fleiss' layout) into one rating per rater. */
function fromCounts(table: number[][]): number[][] {
  return table.map((counts) => counts.flatMap((count, category) => Array.from({ length: count }, () => category + 1)));
}

function errorOf(ratings: readonly (readonly AgreementRating[])[], options: AgreementOptions) {
  try {
    agreement(ratings, options);
  } catch (error) {
    if (isServiceKitError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected a ServiceKitError');
}

describe('agreement: Cohen', () => {
  it('rates 80 % raw agreement as only "fair" when passes dominate (κ = 0.2157)', () => {
    // Constructed 2×2 table in the pattern of Feinstein and Cicchetti (1990), "High agreement but low
    // kappa: I. The problems of two paradoxes", J Clin Epidemiol 43(6):543–549: 75 both pass, 10 and
    // 10 split, 5 both fail. pₒ = 0.80, pₑ = 0.85² + 0.15² = 0.745, κ = 0.055 / 0.255 = 0.2157.
    const ratings = twoByTwo(75, 10, 10, 5);
    expect(agreement(ratings, { method: 'percent' }).value).toBeCloseTo(0.8, 12);
    const kappa = agreement(ratings, { method: 'cohen' });
    expect(kappa.value).toBeCloseTo(0.055 / 0.255, 12);
    expect(kappa.band).toBe('fair');
    expect(kappa.items).toBe(100);
  });

  it("reproduces Feinstein and Cicchetti's (1990) paradox table: 85 % agreement, κ = 0.32, fair", () => {
    // Table B of the paper (also Epidemiology Kept Simple, Table 10.6B): 80, 10 / 5, 5.
    const kappa = agreement(twoByTwo(80, 10, 5, 5), { method: 'cohen' });
    expect(kappa.value).toBeCloseTo(0.07 / 0.22, 12);
    expect(kappa.band).toBe('fair');
    // Table A: the same 85 % agreement with balanced marginals is substantial (κ = 0.70).
    expect(agreement(twoByTwo(40, 9, 6, 45), { method: 'cohen' }).value).toBeCloseTo(0.7, 2);
  });

  it("matches Wikipedia's 'Cohen's kappa' example: 50 proposals, pₒ = 0.7, pₑ = 0.5, κ = 0.4", () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa, "Simple example": 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no.
    const kappa = agreement(twoByTwo(20, 5, 10, 15), { method: 'cohen' });
    expect(kappa.value).toBeCloseTo(0.4, 12);
    expect(kappa.band).toBe('fair');
  });

  it('gives partial credit with linear and quadratic weights (Cohen 1968)', () => {
    // Two raters on a 1–3 scale who are always one step apart: unweighted κ counts no agreement;
    // linear weights give each near miss 1 − 1/2 and quadratic 1 − 1/4.
    const ratings = [
      [1, 2],
      [2, 3],
      [2, 1],
      [3, 2],
    ];
    const unweighted = agreement(ratings, { method: 'cohen', level: 'ordinal' }).value ?? Number.NaN;
    const linear = agreement(ratings, { method: 'cohen', level: 'ordinal', weights: 'linear' }).value ?? Number.NaN;
    const quadratic = agreement(ratings, { method: 'cohen', level: 'ordinal', weights: 'quadratic' }).value ?? Number.NaN;
    // Each rater's marginals are (¼, ½, ¼) over 1, 2, 3. Unweighted: pₒ = 0, pₑ = 0.375 → κ = −0.6.
    expect(unweighted).toBeCloseTo(-0.6, 12);
    // Linear (a near miss is worth ½): pₒ = 0.5, pₑ = 0.375 + 0.5 × ½ = 0.625 → κ = −1/3.
    expect(linear).toBeCloseTo(-1 / 3, 12);
    // Quadratic (a near miss is worth ¾): pₒ = 0.75, pₑ = 0.375 + 0.5 × ¾ = 0.75 → κ = 0.
    expect(quadratic).toBeCloseTo(0, 12);
  });

  it('drops items one of the two raters left blank', () => {
    const result = agreement([[1, 1], [0, 0], [1, null]], { method: 'cohen' });
    expect(result).toMatchObject({ value: 1, items: 2, raters: 2, band: 'almost perfect' });
  });

  it('returns null when every rating is the same (no variation to correct for chance)', () => {
    expect(agreement([[1, 1], [1, 1]], { method: 'cohen' })).toMatchObject({ value: null, band: null });
  });

  it('rejects other than two raters with the path of the first item', () => {
    expect(errorOf([[1, 1, 1]], { method: 'cohen' })).toEqual({ code: 'INVALID_INPUT', path: [0] });
  });
});

describe('agreement: Fleiss', () => {
  it("reproduces Fleiss' kappa on Wikipedia's worked example: 10 subjects, 14 raters, 5 categories, κ ≈ 0.210", () => {
    // https://en.wikipedia.org/wiki/Fleiss%27_kappa, "Worked example" (P̄ = 0.378, P̄ₑ = 0.213, κ = 0.210).
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const kappa = agreement(fromCounts(table), { method: 'fleiss' });
    expect(kappa.value).toBeCloseTo(0.20993070442195522, 12);
    expect(kappa).toMatchObject({ items: 10, raters: 14, band: 'fair' });
  });

  it('rejects items with different numbers of ratings, suggesting Krippendorff', () => {
    const error = errorOf([[1, 1, 2], [1, null, 2]], { method: 'fleiss' });
    expect(error).toEqual({ code: 'INVALID_INPUT', path: [1] });
  });

  it('rejects an ordinal level and weights', () => {
    expect(errorOf([[1, 2]], { method: 'fleiss', level: 'ordinal' })).toEqual({ code: 'INVALID_OPTION', path: ['level'] });
    expect(errorOf([[1, 2]], { method: 'fleiss', level: 'ordinal', weights: 'linear' })).toEqual({ code: 'INVALID_OPTION', path: ['weights'] });
  });
});

describe('agreement: Krippendorff', () => {
  // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
  // values 1–5, missing values (the same data as Wikipedia's "Krippendorff's alpha"). The published
  // results: nominal α = 0.743, ordinal 0.815, interval 0.849.
  const observers = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = (observers[0] ?? []).map((_, unit) => observers.map((observer) => observer[unit] ?? null));

  it('gives nominal α = 0.743 on the canonical reliability data with missing values', () => {
    const alpha = agreement(units, { method: 'krippendorff', level: 'nominal' });
    expect(alpha.value).toBeCloseTo(0.743, 3);
    // Unit 12 has a single value and is not pairable.
    expect(alpha).toMatchObject({ items: 11, raters: 4, band: 'substantial' });
  });

  it('gives ordinal α = 0.815 and interval α = 0.849 on the same data', () => {
    expect(agreement(units, { method: 'krippendorff', level: 'ordinal' }).value).toBeCloseTo(0.815, 3);
    expect(agreement(units, { method: 'krippendorff', level: 'interval' }).value).toBeCloseTo(0.849, 3);
  });

  it("reproduces Wikipedia's 3-coder, 15-unit example: nominal 0.691, interval 0.811", () => {
    // https://en.wikipedia.org/wiki/Krippendorff%27s_alpha, "A computational example" (values as in the
    // reference implementation's tests, fast-krippendorff: 0.691358 and 0.810845).
    const coders = [
      [null, null, null, null, null, 3, 4, 1, 2, 1, 1, 3, 3, null, 3],
      [1, null, 2, 1, 3, 3, 4, 3, null, null, null, null, null, null, null],
      [null, null, 2, 1, 3, 4, 4, null, 2, 1, 1, 3, 3, null, 4],
    ];
    const items = (coders[0] ?? []).map((_, unit) => coders.map((coder) => coder[unit] ?? null));
    expect(agreement(items, { method: 'krippendorff' }).value).toBeCloseTo(0.691358, 6);
    expect(agreement(items, { method: 'krippendorff', level: 'interval' }).value).toBeCloseTo(0.810845, 6);
  });

  it('orders named categories by the categories option', () => {
    const named = units.map((unit) => unit.map((value) => (value === null ? null : ['very low', 'low', 'mid', 'high', 'very high'][value - 1])));
    const alpha = agreement(named, { method: 'krippendorff', level: 'ordinal', categories: ['very low', 'low', 'mid', 'high', 'very high'] });
    expect(alpha.value).toBeCloseTo(0.815, 3);
    expect(errorOf(named, { method: 'krippendorff', level: 'ordinal' })).toEqual({ code: 'INVALID_OPTION', path: ['categories'] });
  });

  it('is null with no pairable unit', () => {
    expect(agreement([[1, null], [null, 2]], { method: 'krippendorff' })).toMatchObject({ value: null, items: 0, band: null });
  });
});

describe('agreement: percent and input checks', () => {
  it('averages agreeing pairs per item over items with two or more ratings', () => {
    // Item 1: 3 of 3 pairs agree; item 2: 1 of 3; item 3 has one rating and is skipped.
    const result = agreement([[1, 1, 1], [1, 1, 2], [1, null, null]], { method: 'percent' });
    expect(result.value).toBeCloseTo(2 / 3, 12);
    expect(result).toMatchObject({ items: 2, band: null });
  });

  it('returns null with no items', () => {
    expect(agreement([], { method: 'cohen' })).toMatchObject({ value: null, items: 0, raters: 0 });
  });

  it('rejects fewer than two raters', () => {
    expect(errorOf([[1], [2]], { method: 'krippendorff' })).toEqual({ code: 'INVALID_INPUT', path: [0] });
    expect(errorOf([[1], [2]], { method: 'fleiss' })).toEqual({ code: 'INVALID_INPUT', path: [0] });
  });

  it('rejects rows of different lengths and ratings that are not numbers or strings', () => {
    expect(errorOf([[1, 2], [1]], { method: 'percent' })).toEqual({ code: 'INVALID_INPUT', path: [1] });
    expect(errorOf([[1, 2], [1, Number.NaN]], { method: 'percent' })).toEqual({ code: 'INVALID_INPUT', path: [1, 1] });
  });

  it('rejects weights on nominal ratings and unknown methods', () => {
    expect(errorOf([[1, 2]], { method: 'cohen', weights: 'linear' })).toEqual({ code: 'INVALID_OPTION', path: ['weights'] });
    expect(errorOf([[1, 2]], { method: 'scott' as 'cohen' })).toEqual({ code: 'INVALID_OPTION', path: ['method'] });
  });

  it('rejects interval ratings that are not numbers and ratings outside the given categories', () => {
    expect(errorOf([['a', 'b']], { method: 'krippendorff', level: 'interval' }).code).toBe('INVALID_INPUT');
    expect(errorOf([[1, 4]], { method: 'percent', categories: [1, 2, 3] })).toEqual({ code: 'INVALID_INPUT', path: [0, 1] });
  });
});

describe('agreement: extreme values and missing options', () => {
  it('gives the alpha of the same ratings scaled down for interval ratings near the limits of a double', () => {
    // α for interval data does not change when every rating is multiplied by one factor; squared
    // differences of 1e200 would overflow to Infinity and give NaN.
    const small = agreement([[1, -1], [1, 1]], { method: 'krippendorff', level: 'interval' });
    const large = agreement([[1e200, -1e200], [1e200, 1e200]], { method: 'krippendorff', level: 'interval' });
    expect(large.value).toBeCloseTo(small.value as number, 12);
    expect(large.band).toBe(small.band);
    const edge = agreement([[1.5e308, -1.5e308], [1.5e308, 1.5e308]], { method: 'krippendorff', level: 'interval' });
    expect(edge.value).toBeCloseTo(small.value as number, 12);
  });

  it('keeps exact results for ordinary interval ratings (the scaling is by a power of two)', () => {
    const ratings = [[1, 2, 3], [3, 3, 2], [5, 4, null], [2, 2, 2]];
    const scaled = ratings.map((item) => item.map((rating) => (rating === null ? null : rating * 2 ** 40)));
    expect(agreement(scaled, { method: 'krippendorff', level: 'interval' }).value).toBe(agreement(ratings, { method: 'krippendorff', level: 'interval' }).value);
    expect(agreement([[1e308, -1e308], [1e308, 1e308]], { method: 'cohen', level: 'interval', weights: 'linear' }).value).toBe(
      agreement([[1, -1], [1, 1]], { method: 'cohen', level: 'interval', weights: 'linear' }).value,
    );
  });

  it('throws INVALID_OPTION for missing or null options', () => {
    expect(errorOf([[1, 1]], undefined as never)).toEqual({ code: 'INVALID_OPTION', path: ['method'] });
    expect(errorOf([[1, 1]], null as never)).toEqual({ code: 'INVALID_OPTION', path: [] });
  });
});
