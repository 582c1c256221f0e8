import { z } from 'zod';

/**
 * What a criterion does with an `'na'` (not applicable) rating:
 *
 * - `exclude` (the default): the criterion is left out and the others' weights re-normalised;
 * - `zero`: it counts, scoring 0;
 * - `pass`: it counts, scoring 1;
 * - `not_allowed`: an `'na'` rating is an error.
 *
 * @example
 * ```ts
 * NOT_APPLICABLE_POLICIES
 * // => ['exclude', 'zero', 'pass', 'not_allowed']
 * ```
 */
export const NOT_APPLICABLE_POLICIES = ['exclude', 'zero', 'pass', 'not_allowed'] as const;

/** A value of {@link NOT_APPLICABLE_POLICIES}. */
export type NotApplicablePolicy = (typeof NOT_APPLICABLE_POLICIES)[number];

/**
 * What a critical failure does to the review: `zero` sets its score to 0, `fail` keeps the score but
 * fails the review. Either way the outcome is `auto_failed` and `rawScore` keeps the computed score.
 *
 * @example
 * ```ts
 * CRITICAL_EFFECTS
 * // => ['zero', 'fail']
 * ```
 */
export const CRITICAL_EFFECTS = ['zero', 'fail'] as const;

/** A value of {@link CRITICAL_EFFECTS}. */
export type CriticalEffect = (typeof CRITICAL_EFFECTS)[number];

/**
 * The rating scale of a criterion:
 *
 * - `'binary'`: 0 (fail) or 1 (pass);
 * - `{ points: n }`: whole numbers 1…n (n ≥ 2), such as a 1–5 rating;
 * - `{ options: [...] }`: one of the listed point values, such as `[0, 5, 10]` for no / partly / yes.
 *
 * A rating's criterion score is `(rating − min) / (max − min)`, from 0 to 1.
 *
 * @example
 * ```ts
 * CriterionScaleSchema.parse({ points: 5 })
 * // => { points: 5 }
 * CriterionScaleSchema.safeParse({ points: 1 }).success
 * // => false
 * ```
 */
export const CriterionScaleSchema = z.union([
  z.literal('binary'),
  z.strictObject({
    /** The highest rating; ratings are whole numbers 1…points. */
    points: z.number().int('points must be a whole number').min(2, 'a points scale needs at least 2 points'),
  }),
  z.strictObject({
    /** The allowed ratings, each worth its own value in points. */
    options: z
      .array(z.number().finite('an option must be a finite number'))
      .min(2, 'a scale needs at least 2 options')
      .refine((options) => new Set(options).size === options.length, 'options must be different from each other'),
  }),
]);

/** A criterion's rating scale (see {@link CriterionScaleSchema}). */
export type CriterionScale = z.output<typeof CriterionScaleSchema>;

/**
 * One criterion of a quality scorecard: what is rated, how much it weighs, its scale, what an `'na'`
 * rating does, and whether a low rating fails the whole review.
 *
 * `weight` (default 1) is a number ≥ 0: in the `weighted` method a relative weight, in the `points`
 * method the points the criterion is worth. `critical.below` is a criterion score (0–1): a rating
 * whose score is below it is a critical failure (`{ below: 1 }` on a binary criterion fires on a
 * fail). An `'na'` rating never triggers a critical failure.
 *
 * @example
 * ```ts
 * const criterion = CriterionSchema.parse({ id: 'greeting', scale: 'binary' });
 * [criterion.weight, criterion.notApplicable]
 * // => [1, 'exclude']
 * CriterionSchema.safeParse({ id: 'tone', scale: 'binary', critical: { below: 2, effect: 'zero' } }).error?.issues[0]?.path
 * // => ['critical', 'below']
 * ```
 */
export const CriterionSchema = z.object({
  /** The criterion's id: the key of its rating in a review. */
  id: z.string().min(1, 'a criterion id must not be empty'),
  /** A name to show. */
  name: z.string().optional(),
  /** What the reviewer looks for. */
  description: z.string().optional(),
  /** The section it belongs to (a section id when the scorecard declares `sections`). */
  section: z.string().min(1).optional(),
  /** Relative weight (weighted method) or points (points method); 1 by default, never negative. */
  weight: z.number().finite('weight must be a finite number').nonnegative('weight must not be negative').default(1),
  /** The rating scale. */
  scale: CriterionScaleSchema,
  /** What an `'na'` rating does; `exclude` by default. */
  notApplicable: z.enum(NOT_APPLICABLE_POLICIES).default('exclude'),
  /** A critical criterion: a criterion score below `below` (0–1) fails the review. */
  critical: z
    .object({
      /** The criterion score (0–1) below which the rating is a critical failure. */
      below: z.number().min(0, 'critical.below is a criterion score from 0 to 1').max(1, 'critical.below is a criterion score from 0 to 1'),
      /** `zero` sets the review's score to 0; `fail` keeps it and fails the review. */
      effect: z.enum(CRITICAL_EFFECTS),
    })
    .optional(),
});

/** One criterion of a scorecard (see {@link CriterionSchema}). */
export interface Criterion extends z.output<typeof CriterionSchema> {}
/** What {@link CriterionSchema} accepts: `weight` and `notApplicable` may be left out. */
export type CriterionInput = z.input<typeof CriterionSchema>;
