/**
 * Statistics: confidence intervals (Wilson, NPS adjusted Wald), exact quantiles by selection, and
 * comparisons of two rates or two Net Promoter Scores.
 *
 * Rates are fractions 0…1 with a Wilson score interval; NPS values and intervals are in NPS points
 * (−100…100); quantiles are type 7 (numpy's and Excel's PERCENTILE.INC default).
 *
 * @module stats
 */
export * from './normal.js';
export * from './interval.js';
export * from './rate.js';
export * from './quantile.js';
export * from './sample-buffer.js';
export * from './compare.js';
