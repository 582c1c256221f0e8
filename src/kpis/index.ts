/**
 * KPIs: the numbers support teams report, each a function over an array and a mergeable
 * {@link Metric} for one-pass reports over millions of rows with {@link summarize}.
 *
 * Rates (CSAT, FCR, service level, abandonment, reopen and escalation rates) are fractions 0…1 with a
 * Wilson interval and their counts; NPS is −100…100 with an adjusted-Wald interval; durations are
 * milliseconds with exact medians and 90th percentiles. Empty input gives `value: null`, never `NaN`.
 * Metrics read fields through accessors that default to the model's names, so they run over any
 * row shape, and over an {@link table!InteractionTable}, whose columns they read directly.
 * Definitions, variants and sources: docs/guide/definitions.md; millions of rows:
 * docs/guide/large-datasets.md.
 *
 * @module kpis
 */
export * from './metric.js';
export * from './accessor.js';
export * from './kpi-rate.js';
export * from './duration-stat.js';
export * from './mean-score.js';
export * from './group-key.js';
export * from './summarize.js';
export * from './csat.js';
export * from './nps.js';
export * from './fcr.js';
export * from './aht.js';
export * from './retention.js';
export * from './cohort.js';
export * from './response-time.js';
export * from './resolution-time.js';
export * from './service-level.js';
export * from './abandonment.js';
export * from './average-speed-of-answer.js';
export * from './reopen.js';
export * from './escalation-rate.js';
export * from './ces.js';
