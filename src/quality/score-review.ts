import { compileScorecard, scoreRatings } from './compiled-scorecard.js';
import type { Review } from './review.js';
import type { Scorecard } from './scorecard.js';

/** How a review ended: see {@link scoreReview}. */
export type ReviewOutcome = 'passed' | 'failed' | 'auto_failed' | 'incomplete';

/** One criterion's part in a review score. */
export interface CriterionScore {
  /** The criterion's id. */
  readonly id: string;
  /** The criterion score 0…1 (`'na'` under `zero` is 0, under `pass` 1); `null` when unrated or excluded as N/A. */
  readonly score: number | null;
  /** Its share of the review score (the applied weights of a review sum to 1); 0 when left out. */
  readonly appliedWeight: number;
  /** Whether it was rated `'na'`. */
  readonly notApplicable: boolean;
}

/** The score of one review: see {@link scoreReview}. */
export interface ReviewScore {
  /** The review score 0…1 after critical failures (`zero` makes it 0); `null` when nothing applies. */
  readonly score: number | null;
  /** The score before critical failures; `null` when nothing applies. */
  readonly rawScore: number | null;
  /** `auto_failed` (a critical failure), `incomplete` (an unrated criterion, or nothing applies), `passed` or `failed`. */
  readonly outcome: ReviewOutcome;
  /** Every criterion, in scorecard order. */
  readonly criteria: readonly CriterionScore[];
  /** The ids of the critical criteria that failed, in scorecard order; empty when none did. */
  readonly autoFailedBy: readonly string[];
}

/**
 * Scores one review against a scorecard, keeping every number that led to the score.
 *
 * Each rated criterion scores `(rating − min) / (max − min)` (0…1). An `'na'` rating follows the
 * criterion's policy: `exclude` leaves it out and re-normalises the other weights, `zero` counts it
 * as 0, `pass` as 1, `not_allowed` is an error. Method `weighted`: `Σ weight × score / Σ weight` over
 * the criteria that count (with `sections`, each section's weighted mean, weighted by the section
 * weights). Method `points`: `Σ weight × score / Σ weight` too, but bonus-section criteria add to the
 * earned points only (the score is capped at 1). `appliedWeight` is each criterion's share of the
 * result (they sum to 1).
 *
 * A rated critical criterion whose score is below its `critical.below` fails the review
 * (`auto_failed`): effect `zero` sets `score` to 0, `fail` keeps it; `rawScore` is always the score
 * before that. Otherwise the outcome is `incomplete` when a criterion is unrated or nothing applies
 * (then `score` is `null`, never `NaN`), `passed` when `score ≥ passThreshold` (to within 1e-9 for
 * rounding), else `failed`.
 *
 * @param card - A scorecard from {@link defineScorecard}.
 * @param review - A review, or any object with `ratings` (criterion id → number or `'na'`).
 * @returns The score, raw score, outcome, each criterion's part and the critical failures.
 * @throws {@link errors!ServiceKitError} `INVALID_SCORECARD` with the path `['ratings', id]` for a rating of
 *   an unknown criterion, a rating off the criterion's scale, or `'na'` where it is not allowed; with
 *   the path `['ratings']` for ratings that are not an object; with the path `['scorecard', …]` for a
 *   `card` that {@link defineScorecard} refuses (a scorecard is validated once per object).
 * @example
 * ```ts
 * const card = defineScorecard({
 *   id: 'chat-qa', version: '1.0.0',
 *   criteria: [
 *     { id: 'greeting', scale: 'binary' },
 *     { id: 'accuracy', scale: { points: 5 }, weight: 3, critical: { below: 0.5, effect: 'zero' } },
 *   ],
 * });
 * scoreReview(card, { ratings: { greeting: 1, accuracy: 4 } }).score
 * // => 0.8125
 * const failed = scoreReview(card, { ratings: { greeting: 1, accuracy: 2 } });
 * [failed.score, failed.rawScore, failed.outcome, failed.autoFailedBy]
 * // => [0, 0.4375, 'auto_failed', ['accuracy']]
 * scoreReview(card, { ratings: { greeting: 'na', accuracy: 'na' } }).score
 * // => null
 * ```
 */
export function scoreReview(card: Scorecard, review: Pick<Review, 'ratings'>): ReviewScore {
  return scoreRatings(compileScorecard(card), review?.ratings, ['ratings']);
}
