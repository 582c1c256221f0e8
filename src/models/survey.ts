import { z } from 'zod';
import { invalidOption } from '../errors/invalid-option.js';
import { IdSchema } from './id.js';
import { InstantSchema } from './instant.js';

/** An inclusive score scale `[lowest, highest]`, such as `[1, 5]`. */
export type ScoreScale = readonly [lowest: number, highest: number];

/**
 * The default CSAT scale: 1 (very unsatisfied) to 5 (very satisfied).
 *
 * @example
 * ```ts
 * CSAT_SCALE
 * // => [1, 5]
 * ```
 */
export const CSAT_SCALE: ScoreScale = [1, 5];

/**
 * The NPS scale: 0 (not at all likely to recommend) to 10 (extremely likely).
 *
 * @example
 * ```ts
 * NPS_SCALE
 * // => [0, 10]
 * ```
 */
export const NPS_SCALE: ScoreScale = [0, 10];

/**
 * The default Customer Effort Score scale: 1 (very difficult) to 7 (very easy).
 *
 * @example
 * ```ts
 * CES_SCALE
 * // => [1, 7]
 * ```
 */
export const CES_SCALE: ScoreScale = [1, 7];

/**
 * Builds the schema of a survey response whose whole-number `score` lies on `scale`.
 *
 * {@link CsatResponseSchema}, {@link NpsResponseSchema} and {@link CesResponseSchema} are this
 * schema on their default scales; use this for a survey on another scale (CSAT out of 10).
 *
 * @param scale - The inclusive scale; whole numbers, lowest below highest.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a scale that is not two whole numbers in order.
 * @example
 * ```ts
 * const TenPointCsat = surveyResponseSchema([1, 10]);
 * TenPointCsat.parse({ score: 9, respondedAt: '2025-01-06T10:00:00Z' }).score
 * // => 9
 * TenPointCsat.safeParse({ score: 11, respondedAt: '2025-01-06T10:00:00Z' }).success
 * // => false
 * ```
 */
export function surveyResponseSchema(scale: ScoreScale) {
  const [lowest, highest] = (Array.isArray(scale) ? scale : []) as unknown as ScoreScale;
  if (!Number.isInteger(lowest) || !Number.isInteger(highest) || lowest >= highest) {
    throw invalidOption('scale', 'two whole numbers, lowest first', scale);
  }
  return z.object({
    /** The score, a whole number on the survey's scale. */
    score: z
      .number()
      .int('score must be a whole number')
      .min(lowest, `score is below the scale ${lowest}–${highest}`)
      .max(highest, `score is above the scale ${lowest}–${highest}`),
    /** When the customer answered. */
    respondedAt: InstantSchema,
    /** The customer who answered. */
    customerId: IdSchema.optional(),
    /** The interaction the survey was about. */
    interactionId: IdSchema.optional(),
  });
}

/**
 * A CSAT survey response scored 1–5 (see {@link surveyResponseSchema} for other scales).
 *
 * @example
 * ```ts
 * CsatResponseSchema.parse({ score: 4, respondedAt: '2025-01-06T10:00:00Z', interactionId: 't1' }).score
 * // => 4
 * ```
 */
export const CsatResponseSchema = /* @__PURE__ */ surveyResponseSchema(CSAT_SCALE);

/**
 * An NPS survey response scored 0–10.
 *
 * @example
 * ```ts
 * NpsResponseSchema.safeParse({ score: 10.5, respondedAt: '2025-01-06T10:00:00Z' }).success
 * // => false
 * ```
 */
export const NpsResponseSchema = /* @__PURE__ */ surveyResponseSchema(NPS_SCALE);

/**
 * A Customer Effort Score response scored 1–7 (see {@link surveyResponseSchema} for other scales).
 *
 * @example
 * ```ts
 * CesResponseSchema.parse({ score: 6, respondedAt: 1736157600000 }).respondedAt.toISOString()
 * // => '2025-01-06T10:00:00.000Z'
 * ```
 */
export const CesResponseSchema = /* @__PURE__ */ surveyResponseSchema(CES_SCALE);

/** A survey response: a whole-number score, when it was given, and who or what it rates. */
export interface SurveyResponse extends z.output<ReturnType<typeof surveyResponseSchema>> {}
/** A CSAT response (see {@link CsatResponseSchema}). */
export interface CsatResponse extends SurveyResponse {}
/** An NPS response (see {@link NpsResponseSchema}). */
export interface NpsResponse extends SurveyResponse {}
/** A CES response (see {@link CesResponseSchema}). */
export interface CesResponse extends SurveyResponse {}
/** What the survey response schemas accept: dates may be strings or epoch milliseconds. */
export type SurveyResponseInput = z.input<ReturnType<typeof surveyResponseSchema>>;
