import { choiceOption } from '../errors/choice-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import { type AgreementBand, landisKochBand } from './landis-koch-band.js';

/**
 * Agreement statistics {@link agreement} computes:
 *
 * - `percent`: the share of agreeing rater pairs per item, averaged over items (no chance correction);
 * - `cohen`: Cohen's kappa (1960) for exactly two raters, weighted (Cohen 1968) with `weights`;
 * - `fleiss`: Fleiss' kappa (1971) for any number of raters, the same number on every item, nominal;
 * - `krippendorff`: Krippendorff's alpha (2011) for any number of raters, missing ratings and levels.
 *
 * @example
 * ```ts
 * AGREEMENT_METHODS.length
 * // => 4
 * ```
 */
export const AGREEMENT_METHODS = ['percent', 'cohen', 'fleiss', 'krippendorff'] as const;

/** A value of {@link AGREEMENT_METHODS}. */
export type AgreementMethod = (typeof AGREEMENT_METHODS)[number];

/**
 * Levels of measurement of ratings: `nominal` (categories without order), `ordinal` (ordered
 * categories; distances are positions in the order), `interval` (numbers; distances are differences).
 *
 * @example
 * ```ts
 * MEASUREMENT_LEVELS
 * // => ['nominal', 'ordinal', 'interval']
 * ```
 */
export const MEASUREMENT_LEVELS = ['nominal', 'ordinal', 'interval'] as const;

/** A value of {@link MEASUREMENT_LEVELS}. */
export type MeasurementLevel = (typeof MEASUREMENT_LEVELS)[number];

/**
 * Partial-credit weights for ordered ratings (percent agreement and Cohen's kappa): two ratings at
 * distance `d` (0…1, as a share of the scale's range) agree by `1 − d` (`linear`) or `1 − d²`
 * (`quadratic`).
 *
 * @example
 * ```ts
 * AGREEMENT_WEIGHTS
 * // => ['linear', 'quadratic']
 * ```
 */
export const AGREEMENT_WEIGHTS = ['linear', 'quadratic'] as const;

/** A value of {@link AGREEMENT_WEIGHTS}. */
export type AgreementWeights = (typeof AGREEMENT_WEIGHTS)[number];

/** One rating in a calibration table: a number or a category name; `null` or `undefined` = not rated. */
export type AgreementRating = number | string | null | undefined;

/** Options for {@link agreement}. */
export interface AgreementOptions {
  /** The statistic: `percent`, `cohen`, `fleiss` or `krippendorff`. */
  method: AgreementMethod;
  /** The level of measurement; `nominal` by default. */
  level?: MeasurementLevel;
  /** Partial credit for near misses (percent and Cohen only, ordinal or interval level). */
  weights?: AgreementWeights;
  /** Every possible rating, in order (lowest first): sets the order and range for ordinal and weighted statistics. */
  categories?: readonly (number | string)[];
}

/** The result of {@link agreement}. */
export interface AgreementResult {
  /** The statistic: a share 0…1 for `percent`, a kappa or alpha (≤ 1, below 0 = worse than chance) otherwise; `null` when undefined (no pairable items, or every rating the same). */
  readonly value: number | null;
  /** The method used. */
  readonly method: AgreementMethod;
  /** The level of measurement used. */
  readonly level: MeasurementLevel;
  /** The weights used, or `null` for none. */
  readonly weights: AgreementWeights | null;
  /** The Landis–Koch band of a kappa or alpha, in words; `null` for `percent` and for a `null` value. */
  readonly band: AgreementBand | null;
  /** Items that entered the statistic (with at least two ratings; both, for Cohen). */
  readonly items: number;
  /** Raters: the length of each item's row. */
  readonly raters: number;
}

const isRatingValue = (value: unknown): value is number | string => (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string';

function compareRatings(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ratings coded as category positions (-1 = missing), with each category's position on its axis. */
interface CodedRatings {
  readonly codes: Int32Array[];
  readonly categoryCount: number;
  /** Where each category sits: its index (ordinal) or its value (interval); for distances. */
  readonly positions: number[];
}

function codeRatings(ratings: readonly (readonly AgreementRating[])[], raters: number, level: MeasurementLevel, categories?: readonly (number | string)[]): CodedRatings {
  let order: (number | string)[];
  if (categories !== undefined) {
    if (!Array.isArray(categories) || categories.length === 0 || !categories.every(isRatingValue) || new Set(categories).size !== categories.length) {
      throw new ServiceKitError('INVALID_OPTION', 'categories must be a list of different numbers or strings', { path: ['categories'] });
    }
    order = [...categories];
  } else {
    const seen = new Set<number | string>();
    ratings.forEach((item, itemIndex) =>
      item.forEach((rating, rater) => {
        if (rating === null || rating === undefined) return;
        if (!isRatingValue(rating)) {
          throw new ServiceKitError('INVALID_INPUT', `rating ${String(rating)} is not a finite number, a string or null`, { path: [itemIndex, rater] });
        }
        seen.add(rating);
      }),
    );
    order = [...seen].sort(compareRatings);
  }
  if (level === 'interval' && !order.every((category) => typeof category === 'number')) {
    throw new ServiceKitError('INVALID_INPUT', "interval ratings must be numbers; use level 'nominal' or 'ordinal' for named categories", { path: [] });
  }
  if (level === 'ordinal' && categories === undefined && order.some((category) => typeof category === 'string')) {
    throw new ServiceKitError('INVALID_OPTION', 'named categories have no order of their own: list them in order in categories', { path: ['categories'] });
  }
  const index = new Map(order.map((category, position) => [category, position] as const));
  const codes = ratings.map((item, itemIndex) => {
    const row = new Int32Array(raters);
    for (let rater = 0; rater < raters; rater++) {
      const rating = item[rater];
      if (rating === null || rating === undefined) {
        row[rater] = -1;
        continue;
      }
      const position = index.get(rating);
      if (position === undefined) {
        throw new ServiceKitError(
          'INVALID_INPUT',
          isRatingValue(rating) ? `rating ${JSON.stringify(rating)} is not one of the categories` : `rating ${String(rating)} is not a finite number, a string or null`,
          { path: [itemIndex, rater] },
        );
      }
      row[rater] = position;
    }
    return row;
  });
  // Interval distances are differences of values: scaled by a power of two near the largest value
  // (exactly, so statistics do not change), they can be squared without overflowing.
  const largest = level === 'interval' ? order.reduce<number>((most, value) => Math.max(most, Math.abs(value as number)), 0) : 0;
  const scale = 2 ** -Math.max(-1000, Math.min(1000, Math.round(Math.log2(largest))));
  const positions = order.map((category, position) => (level === 'interval' ? (category as number) * scale : position));
  return { codes, categoryCount: order.length, positions };
}

/** Agreement weight of two categories: 1 for the same, partial credit for ordered near misses. */
function agreementWeights(coded: CodedRatings, weights: AgreementWeights | null): Float64Array {
  const k = coded.categoryCount;
  const table = new Float64Array(k * k);
  const positions = coded.positions;
  const range = k === 0 ? 0 : Math.max(...positions) - Math.min(...positions);
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      if (c === d) table[c * k + d] = 1;
      else if (weights === null || range === 0) table[c * k + d] = 0;
      else {
        const distance = Math.abs((positions[c] as number) - (positions[d] as number)) / range;
        table[c * k + d] = 1 - (weights === 'linear' ? distance : distance * distance);
      }
    }
  }
  return table;
}

/** Per-item category counts (only categories present), for items with at least `minimum` ratings. */
function itemCounts(coded: CodedRatings, minimum: number): { counts: Map<number, number>; total: number }[] {
  const result: { counts: Map<number, number>; total: number }[] = [];
  for (const row of coded.codes) {
    const counts = new Map<number, number>();
    let total = 0;
    for (const code of row) {
      if (code < 0) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
      total++;
    }
    if (total >= minimum) result.push({ counts, total });
  }
  return result;
}

function percentAgreement(coded: CodedRatings, weights: AgreementWeights | null): { value: number | null; items: number } {
  const table = agreementWeights(coded, weights);
  const k = coded.categoryCount;
  const items = itemCounts(coded, 2);
  if (items.length === 0) return { value: null, items: 0 };
  let sum = 0;
  for (const { counts, total } of items) {
    let agreeing = 0;
    const present = [...counts.entries()];
    for (let a = 0; a < present.length; a++) {
      const [c, nc] = present[a] as [number, number];
      agreeing += (nc * (nc - 1)) / 2;
      for (let b = a + 1; b < present.length; b++) {
        const [d, nd] = present[b] as [number, number];
        agreeing += nc * nd * (table[c * k + d] as number);
      }
    }
    sum += agreeing / ((total * (total - 1)) / 2);
  }
  return { value: sum / items.length, items: items.length };
}

function cohenKappa(coded: CodedRatings, weights: AgreementWeights | null): { value: number | null; items: number } {
  const table = agreementWeights(coded, weights);
  const k = coded.categoryCount;
  const first = new Float64Array(k);
  const second = new Float64Array(k);
  let observed = 0;
  let n = 0;
  for (const row of coded.codes) {
    const a = row[0] as number;
    const b = row[1] as number;
    if (a < 0 || b < 0) continue;
    n++;
    first[a] = (first[a] as number) + 1;
    second[b] = (second[b] as number) + 1;
    observed += table[a * k + b] as number;
  }
  if (n === 0) return { value: null, items: 0 };
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) expected += (table[c * k + d] as number) * ((first[c] as number) / n) * ((second[d] as number) / n);
  }
  observed /= n;
  return { value: expected >= 1 ? null : (observed - expected) / (1 - expected), items: n };
}

function fleissKappa(coded: CodedRatings): { value: number | null; items: number } {
  const k = coded.categoryCount;
  let perItem = -1;
  coded.codes.forEach((row, itemIndex) => {
    const rated = row.reduce((count, code) => count + (code >= 0 ? 1 : 0), 0);
    if (perItem === -1) perItem = rated;
    if (rated !== perItem || rated < 2) {
      throw new ServiceKitError(
        'INVALID_INPUT',
        rated < 2
          ? `Fleiss' kappa needs at least two ratings on every item; item ${itemIndex} has ${rated}`
          : `Fleiss' kappa needs the same number of ratings on every item: item ${itemIndex} has ${rated}, item 0 has ${perItem} (use krippendorff for missing ratings)`,
        { path: [itemIndex] },
      );
    }
  });
  const items = itemCounts(coded, 2);
  if (items.length === 0) return { value: null, items: 0 };
  const m = perItem;
  const totals = new Float64Array(k);
  let agreement = 0;
  for (const { counts } of items) {
    let squares = 0;
    for (const [category, count] of counts) {
      squares += count * count;
      totals[category] = (totals[category] as number) + count;
    }
    agreement += (squares - m) / (m * (m - 1));
  }
  const observed = agreement / items.length;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    const share = (totals[c] as number) / (items.length * m);
    expected += share * share;
  }
  return { value: expected >= 1 ? null : (observed - expected) / (1 - expected), items: items.length };
}

function krippendorffAlpha(coded: CodedRatings, level: MeasurementLevel): { value: number | null; items: number } {
  const k = coded.categoryCount;
  const coincidences = new Float64Array(k * k);
  const units = itemCounts(coded, 2);
  for (const { counts, total } of units) {
    for (const [c, nc] of counts) {
      for (const [d, nd] of counts) {
        coincidences[c * k + d] = (coincidences[c * k + d] as number) + (c === d ? nc * (nc - 1) : nc * nd) / (total - 1);
      }
    }
  }
  if (units.length === 0) return { value: null, items: 0 };
  const marginals = new Float64Array(k);
  for (let c = 0; c < k; c++) for (let d = 0; d < k; d++) marginals[c] = (marginals[c] as number) + (coincidences[c * k + d] as number);
  const n = marginals.reduce((sum, value) => sum + value, 0);
  // Cumulative marginals for the ordinal difference: Σ_{g=c..d} n_g = cumulative[d + 1] − cumulative[c].
  const cumulative = new Float64Array(k + 1);
  for (let c = 0; c < k; c++) cumulative[c + 1] = (cumulative[c] as number) + (marginals[c] as number);
  const difference = (c: number, d: number): number => {
    if (c === d) return 0;
    if (level === 'nominal') return 1;
    if (level === 'interval') {
      const gap = (coded.positions[c] as number) - (coded.positions[d] as number);
      return gap * gap;
    }
    const low = Math.min(c, d);
    const high = Math.max(c, d);
    const between = (cumulative[high + 1] as number) - (cumulative[low] as number) - ((marginals[c] as number) + (marginals[d] as number)) / 2;
    return between * between;
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < k; d++) {
      if (c === d) continue;
      const delta = difference(c, d);
      observed += (coincidences[c * k + d] as number) * delta;
      expected += (marginals[c] as number) * (marginals[d] as number) * delta;
    }
  }
  return { value: expected === 0 ? null : 1 - ((n - 1) * observed) / expected, items: units.length };
}

/**
 * How much reviewers agree when they rate the same interactions: for calibration sessions.
 *
 * `ratings` holds one row per item (interaction or criterion rating), each with one rating per
 * rater, `null` for not rated. Raw agreement overstates calibration when most ratings fall in one
 * category (the "kappa paradox", Feinstein and Cicchetti 1990), so prefer a chance-corrected
 * statistic: `κ = (pₒ − pₑ) / (1 − pₑ)` for Cohen (two raters, each rater's own marginals) and Fleiss
 * (many raters, pooled marginals); `α = 1 − Dₒ / Dₑ` for Krippendorff (any raters, missing ratings,
 * nominal, ordinal or interval differences). `band` names the Landis–Koch band of a kappa or alpha.
 *
 * Rules: every row has one entry per rater (at least two). Cohen drops items one rater left blank;
 * Fleiss needs the same number of ratings on every item; Krippendorff and percent use items with at
 * least two ratings. `weights` give partial credit for near misses (percent and Cohen, with an
 * ordinal or interval level); categories are the distinct ratings in order unless `categories` lists
 * them.
 *
 * @param ratings - One row per item, one entry per rater (`null` = not rated).
 * @param options - `method`, `level` (`nominal`), `weights`, `categories`.
 * @returns The value, the band, and how many items and raters it rests on; `value` is `null` when it
 *   is undefined (no pairable items, or no variation to correct for chance).
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` for fewer than two raters, Cohen with other than
 *   two, rows of different lengths, Fleiss with unequal ratings per item, or a rating that is not a
 *   finite number, string or null (path `[item, rater]`); `INVALID_OPTION` for an unknown method,
 *   level or weights, weights with nominal ratings or with Fleiss or Krippendorff, Fleiss with a
 *   level other than nominal, or named ordinal categories without `categories`.
 * @see docs/guide/quality.md#calibration
 * @example
 * ```ts
 * // Two reviewers, pass (1) or fail (0) on ten chats: they agree on 8, yet kappa is only fair.
 * const ratings = [[1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [1, 1], [0, 1], [1, 0], [0, 0]];
 * agreement(ratings, { method: 'percent' }).value
 * // => 0.8
 * const kappa = agreement(ratings, { method: 'cohen' });
 * [Math.round(kappa.value * 1000) / 1000, kappa.band]
 * // => [0.375, 'fair']
 * ```
 */
export function agreement(ratings: readonly (readonly AgreementRating[])[], options: AgreementOptions): AgreementResult {
  options = optionsObject(options);
  const method = choiceOption(options.method, AGREEMENT_METHODS, 'method');
  const level = choiceOption(options.level ?? 'nominal', MEASUREMENT_LEVELS, 'level');
  const weights = options.weights === undefined ? null : choiceOption(options.weights, AGREEMENT_WEIGHTS, 'weights');
  if (weights !== null && (method === 'fleiss' || method === 'krippendorff')) {
    throw new ServiceKitError('INVALID_OPTION', `weights apply to percent and cohen; ${method} takes its differences from level`, { path: ['weights'] });
  }
  if (weights !== null && level === 'nominal') {
    throw new ServiceKitError('INVALID_OPTION', "weights need ordered ratings: set level 'ordinal' or 'interval'", { path: ['weights'] });
  }
  if (method === 'fleiss' && level !== 'nominal') {
    throw new ServiceKitError('INVALID_OPTION', "Fleiss' kappa is for nominal ratings; use krippendorff for ordinal or interval ones", { path: ['level'] });
  }
  if (!Array.isArray(ratings)) {
    throw new ServiceKitError('INVALID_INPUT', 'ratings must be an array of items, each an array with one rating per rater', { path: [] });
  }
  const first = ratings[0];
  const raters = Array.isArray(first) ? first.length : 0;
  ratings.forEach((item, itemIndex) => {
    if (!Array.isArray(item) || item.length !== raters) {
      throw new ServiceKitError(
        'INVALID_INPUT',
        `every item needs one entry per rater (null when not rated): item ${itemIndex} has ${Array.isArray(item) ? item.length : 'no list'}, item 0 has ${raters}`,
        { path: [itemIndex] },
      );
    }
  });
  if (ratings.length > 0 && raters < 2) {
    throw new ServiceKitError('INVALID_INPUT', `agreement needs at least two raters; the items have ${raters}`, { path: [0] });
  }
  if (method === 'cohen' && ratings.length > 0 && raters !== 2) {
    throw new ServiceKitError('INVALID_INPUT', `Cohen's kappa compares exactly two raters; the items have ${raters} (use fleiss or krippendorff)`, {
      path: [0],
    });
  }
  const coded = codeRatings(ratings, raters, level, options.categories);
  const { value, items } =
    method === 'percent'
      ? percentAgreement(coded, weights)
      : method === 'cohen'
        ? cohenKappa(coded, weights)
        : method === 'fleiss'
          ? fleissKappa(coded)
          : krippendorffAlpha(coded, level);
  const band = method === 'percent' || value === null ? null : landisKochBand(Math.min(value, 1));
  return { value, method, level, weights, band, items, raters };
}
