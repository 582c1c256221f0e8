import { functionOption } from '../errors/function-option.js';
import { invalidOption } from '../errors/invalid-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { CsatResponse, ScoreScale } from '../models/survey.js';
import { rateFromCounts } from '../stats/bounds.js';
import type { Rate } from '../stats/rate.js';
import type { Accessor } from './accessor.js';
import { addCounts } from './add-counts.js';
import type { KpiRate } from './kpi-rate.js';
import type { MeanScore } from './mean-score.js';
import { type Metric, runMetric } from './metric.js';
import { criticalValueOption, scaleOption, thresholdOnScale } from './option-checks.js';

/** Options for {@link csat} and {@link csatMetric}. */
export interface CsatOptions<Row = Pick<CsatResponse, 'score'>> {
  /** The score scale `[lowest, highest]`; `[1, 5]` by default. */
  scale?: ScoreScale;
  /** The lowest score that counts as satisfied (top-box); 4 by default. Must lie on the scale. */
  satisfiedFrom?: number;
  /** How many surveys were sent: adds `responseRate` (answered / sent). */
  surveysSent?: number;
  /** The confidence level of the intervals; 0.95 by default. */
  level?: number;
  /** Reads the score; `row.score` by default. `undefined` or `null` means not answered. */
  score?: Accessor<Row, number | null | undefined>;
}

/** The CSAT result: the satisfied share of answered surveys, and the response rate when known. */
export interface CsatResult extends KpiRate {
  /** With `surveysSent`: answered surveys over surveys sent; otherwise `null`. */
  readonly responseRate: Rate | null;
}

/** The running state of {@link csatMetric}. */
export interface CsatState {
  /** Responses at or above the satisfied threshold. */
  satisfied: number;
  /** Responses counted (the denominator). */
  answered: number;
  /** Rows left out (no usable value). */
  excluded: number;
}

const readScore = (row: { score?: number | null }) => row.score;

/**
 * The {@link Metric} behind {@link csat}: satisfied responses over answered responses.
 *
 * @param options - As for {@link csat}; `score` reads the score from any row shape.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a bad scale (not two numbers within ±2^53, lowest
 *   first, or one that does not hold the default `satisfiedFrom`), a threshold off the scale, a negative or
 *   fractional `surveysSent`, or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = csatMetric({ score: (row: { csatScore?: number }) => row.csatScore });
 * runMetric(metric, [{ csatScore: 5 }, { csatScore: 3 }, {}]).value
 * // => 0.5
 * ```
 */
export function csatMetric<Row = Pick<CsatResponse, 'score'>>(options: CsatOptions<Row> = {}): Metric<Row, CsatState, CsatResult> {
  options = optionsObject(options);
  const scale = scaleOption(options.scale ?? [1, 5]);
  const satisfiedFrom = thresholdOnScale(options.satisfiedFrom, 4, scale, 'satisfiedFrom');
  const { z, level } = criticalValueOption(options.level);
  const sent = options.surveysSent;
  if (sent !== undefined && !(Number.isInteger(sent) && sent >= 0)) throw invalidOption('surveysSent', 'a whole number that is not negative', sent);
  const score = (functionOption(options.score, 'score') ?? readScore) as Accessor<Row, number | null | undefined>;
  const [lowest, highest] = scale;
  return {
    init: () => ({ satisfied: 0, answered: 0, excluded: 0 }),
    add(state, row) {
      const value = score(row);
      if (typeof value === 'number' && value >= lowest && value <= highest) {
        state.answered++;
        if (value >= satisfiedFrom) state.satisfied++;
      } else {
        state.excluded++;
      }
    },
    merge: addCounts,
    finish(state) {
      let responseRate: Rate | null = null;
      if (sent !== undefined) {
        if (state.answered > sent) {
          throw new ServiceKitError('INVALID_OPTION', `surveysSent ${sent} is less than the ${state.answered} answered surveys`, {
            path: ['surveysSent'],
          });
        }
        responseRate = rateFromCounts(state.answered, sent, z, level);
      }
      return { ...rateFromCounts(state.satisfied, state.answered, z, level), excluded: state.excluded, responseRate };
    },
  };
}

/**
 * Customer Satisfaction Score: the share of satisfied responses (top-box, 4 or 5 on a 1–5 scale)
 * among answered surveys.
 *
 * `CSAT = satisfied / answered`, a fraction 0…1 with its Wilson interval. Rows without a score, or
 * with a score off the scale, are counted in `excluded`. With `surveysSent`, `responseRate` is
 * `answered / surveysSent`. For the mean score instead, use {@link csatMean}.
 *
 * @param responses - CSAT responses (or any rows, with the `score` accessor).
 * @param options - `scale` ([1, 5]), `satisfiedFrom` (4), `surveysSent`, `level`, `score`.
 * @returns The rate with its counts; `value` and `interval` are `null` when nothing was answered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a threshold off the scale, a bad scale (or one
 *   that does not hold the default `satisfiedFrom`, at `['scale']`), a bad `surveysSent` (negative, fractional,
 *   or fewer than the answered surveys) or level.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#csat
 * @example
 * ```ts
 * const respondedAt = new Date('2025-01-06T10:00:00Z');
 * csat([{ score: 5, respondedAt }, { score: 4, respondedAt }, { score: 2, respondedAt }, { score: 5, respondedAt }]).value
 * // => 0.75
 * csat([{ score: 5, respondedAt }], { surveysSent: 4 }).responseRate.value
 * // => 0.25
 * ```
 */
export function csat<Row = Pick<CsatResponse, 'score'>>(responses: Iterable<Row>, options: CsatOptions<Row> = {}): CsatResult {
  return runMetric(csatMetric(options), responses);
}

/** Options for {@link csatMean} and {@link csatMeanMetric}. */
export interface CsatMeanOptions<Row = Pick<CsatResponse, 'score'>> {
  /** The score scale `[lowest, highest]`; `[1, 5]` by default. Scores off it are excluded. */
  scale?: ScoreScale;
  /** Reads the score; `row.score` by default. */
  score?: Accessor<Row, number | null | undefined>;
}

/** The running state of a mean score. */
export interface MeanScoreState {
  /** The sum of the scores counted. */
  sum: number;
  /** How many scores were counted. */
  count: number;
  /** Rows left out (no usable value). */
  excluded: number;
}

/**
 * The {@link Metric} behind {@link csatMean}.
 *
 * @param options - As for {@link csatMean}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a bad scale (not two numbers within ±2^53, lowest first).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * runMetric(csatMeanMetric({ scale: [1, 10] }), [{ score: 9 }, { score: 6 }]).value
 * // => 7.5
 * ```
 */
export function csatMeanMetric<Row = Pick<CsatResponse, 'score'>>(options: CsatMeanOptions<Row> = {}): Metric<Row, MeanScoreState, MeanScore> {
  options = optionsObject(options);
  const [lowest, highest] = scaleOption(options.scale ?? [1, 5]);
  const score = (functionOption(options.score, 'score') ?? readScore) as Accessor<Row, number | null | undefined>;
  return {
    init: () => ({ sum: 0, count: 0, excluded: 0 }),
    add(state, row) {
      const value = score(row);
      if (typeof value === 'number' && value >= lowest && value <= highest) {
        state.sum += value;
        state.count++;
      } else {
        state.excluded++;
      }
    },
    merge: addCounts,
    finish: (state) => ({ value: state.count === 0 ? null : state.sum / state.count, count: state.count, excluded: state.excluded }),
  };
}

/**
 * The mean CSAT score: `Σ score / answered`, on the survey's scale.
 *
 * @param responses - CSAT responses (or any rows, with the `score` accessor).
 * @param options - `scale` ([1, 5]) and `score`.
 * @returns The mean with its count; `value` is `null` when nothing was answered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a bad scale (not two numbers within ±2^53, lowest first).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#csat
 * @example
 * ```ts
 * const respondedAt = new Date('2025-01-06T10:00:00Z');
 * csatMean([{ score: 5, respondedAt }, { score: 4, respondedAt }, { score: 2, respondedAt }]).value
 * // => 3.6666666666666665
 * ```
 */
export function csatMean<Row = Pick<CsatResponse, 'score'>>(responses: Iterable<Row>, options: CsatMeanOptions<Row> = {}): MeanScore {
  return runMetric(csatMeanMetric(options), responses);
}
