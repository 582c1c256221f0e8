import { z } from 'zod';
import { IdSchema } from '../models/id.js';
import { InstantSchema } from '../models/instant.js';
import { SEMANTIC_VERSION } from './semantic-version.js';

/**
 * One rating in a review: a number on the criterion's scale, or `'na'` (not applicable).
 *
 * @example
 * ```ts
 * RatingSchema.parse('na')
 * // => 'na'
 * RatingSchema.safeParse(Number.NaN).success
 * // => false
 * ```
 */
export const RatingSchema = z.union([z.number().finite('a rating must be a finite number'), z.literal('na')]);

/** A rating: a number on the criterion's scale, or `'na'` (see {@link RatingSchema}). */
export type Rating = z.output<typeof RatingSchema>;

/**
 * A quality review: one reviewer's ratings of one interaction against one version of a scorecard.
 *
 * `ratings` maps criterion ids to a number on the criterion's scale or `'na'`; a criterion left out
 * is unrated (the review is then `incomplete`). Whether ratings fit the scorecard is checked when
 * the review is scored ({@link scoreReview}), because the schema does not know the scorecard.
 * `inclusionProbability` (0 < p ≤ 1) is the chance the interaction had of being sampled, as
 * {@link sampleForReview} reports it; {@link iqs} uses it to weight targeted samples.
 *
 * @example
 * ```ts
 * const review = ReviewSchema.parse({
 *   interactionId: 't1', agentId: 'ana', reviewerId: 'lee', scorecardVersion: '1.0.0',
 *   reviewedAt: '2025-01-06T10:00:00Z', ratings: { greeting: 1, resolution: 'na' },
 * });
 * review.reviewedAt.toISOString()
 * // => '2025-01-06T10:00:00.000Z'
 * ReviewSchema.safeParse({ ...review, inclusionProbability: 0 }).error?.issues[0]?.path
 * // => ['inclusionProbability']
 * ```
 */
export const ReviewSchema = z.object({
  /** The review's own id, when the QA tool has one. */
  id: IdSchema.optional(),
  /** The reviewed interaction. */
  interactionId: IdSchema,
  /** The agent whose work was reviewed. */
  agentId: IdSchema,
  /** Who reviewed it. */
  reviewerId: IdSchema,
  /** The version of the scorecard it was rated on. */
  scorecardVersion: z.string().regex(SEMANTIC_VERSION, 'scorecardVersion must be a semantic version such as 1.0.0'),
  /** When it was reviewed. */
  reviewedAt: InstantSchema,
  /** Criterion id → rating (a number on the scale, or `'na'`). */
  ratings: z.record(z.string(), RatingSchema),
  /** The probability (0 < p ≤ 1) that the sampling design picked this interaction. */
  inclusionProbability: z
    .number()
    .gt(0, 'inclusionProbability must be above 0')
    .max(1, 'inclusionProbability must be at most 1')
    .optional(),
});

/** A quality review (see {@link ReviewSchema}). */
export interface Review extends z.output<typeof ReviewSchema> {}
/** What {@link ReviewSchema} accepts: `reviewedAt` may be an ISO string or epoch milliseconds. */
export type ReviewInput = z.input<typeof ReviewSchema>;
