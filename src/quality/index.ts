/**
 * Quality audits: scorecards of the qualities of good service, review scores that keep every number
 * (raw score, critical failures, N/A handling), the internal quality score (IQS) with a Wilson
 * interval on the pass rate, reviewer calibration (percent agreement, Cohen's and Fleiss' kappa,
 * Krippendorff's alpha) and reproducible sampling with inclusion probabilities.
 *
 * Scores are fractions 0…1; a score is `null` (never `NaN`) when nothing applies. Reviews of
 * different major scorecard versions are never averaged together.
 *
 * @module quality
 */
export * from './criterion.js';
export * from './scorecard.js';
export * from './service-qualities-scorecard.js';
export * from './review.js';
export * from './score-review.js';
export * from './iqs.js';
export * from './landis-koch-band.js';
export * from './agreement.js';
export * from './sample-for-review.js';
