import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import type { CesResponse, ScoreScale } from '../models/survey.js';
import { rateFromCounts } from '../stats/bounds.js';
import type { Accessor } from './accessor.js';
import { addCounts } from './add-counts.js';
import type { KpiRate } from './kpi-rate.js';
import type { MeanScore } from './mean-score.js';
import { type Metric, runMetric } from './metric.js';
import { criticalValueOption, scaleOption, thresholdOnScale } from './option-checks.js';

/** Options for {@link ces} and {@link cesMetric}. */
export interface CesOptions<Row = Pick<CesResponse, 'score'>> {
  /** The score scale, low effort high; `[1, 7]` by default. */
  scale?: ScoreScale;
  /** The lowest score that counts as easy; by default the first whole score above the scale's midpoint (5 on 1–7). */
  easyFrom?: number;
  /** The confidence level of `easy`'s interval; 0.95 by default. */
  level?: number;
  /** Reads the score; `row.score` by default. */
  score?: Accessor<Row, number | null | undefined>;
}

/** Customer Effort Score: the mean score, and the share of "easy" answers. */
export interface CesResult extends MeanScore {
  /** The share of answers at or above `easyFrom`, with its Wilson interval. */
  readonly easy: KpiRate;
}

/** The running state of {@link cesMetric}. */
export interface CesState {
  /** The sum of the scores counted. */
  sum: number;
  /** How many scores were counted. */
  count: number;
  /** Responses at or above the easy threshold. */
  easy: number;
  /** Rows left out (no usable value). */
  excluded: number;
}

/**
 * The {@link Metric} behind {@link ces}.
 *
 * @param options - As for {@link ces}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a bad scale (not two numbers within ±2^53, lowest
 *   first, or one that does not hold the default `easyFrom`), an `easyFrom` off the scale or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * runMetric(cesMetric({ scale: [1, 5], easyFrom: 4 }), [{ score: 5 }, { score: 2 }]).easy.value
 * // => 0.5
 * ```
 */
export function cesMetric<Row = Pick<CesResponse, 'score'>>(options: CesOptions<Row> = {}): Metric<Row, CesState, CesResult> {
  options = optionsObject(options);
  const scale = scaleOption(options.scale ?? [1, 7]);
  const easyFrom = thresholdOnScale(options.easyFrom, Math.ceil((scale[0] + scale[1]) / 2 + 0.5), scale, 'easyFrom');
  const { z, level } = criticalValueOption(options.level);
  const score = functionOption(options.score, 'score') ?? ((row: Row) => (row as { score?: number }).score);
  const [lowest, highest] = scale;
  return {
    init: () => ({ sum: 0, count: 0, easy: 0, excluded: 0 }),
    add(state, row) {
      const value = score(row);
      if (typeof value === 'number' && value >= lowest && value <= highest) {
        state.sum += value;
        state.count++;
        if (value >= easyFrom) state.easy++;
      } else {
        state.excluded++;
      }
    },
    merge: addCounts,
    finish: (state) => ({
      value: state.count === 0 ? null : state.sum / state.count,
      count: state.count,
      excluded: state.excluded,
      easy: { ...rateFromCounts(state.easy, state.count, z, level), excluded: state.excluded },
    }),
  };
}

/**
 * Customer Effort Score: how easy customers found it to get their issue handled, as the mean score
 * on a 1–7 scale ("The company made it easy for me to handle my issue", 7 = strongly agree), and the
 * share of easy answers (5–7, `easy`).
 *
 * `CES = Σ score / answered`; `easy = answers ≥ easyFrom / answered`. Rows without a score, or with
 * a score off the scale, are counted in `excluded`. With another `scale` and no `easyFrom`, easy
 * means above the scale's midpoint.
 *
 * @param responses - CES responses (or any rows, with the `score` accessor).
 * @param options - `scale` ([1, 7]), `easyFrom` (5), `level`, `score`.
 * @returns The mean and the easy share; `value` is `null` when nothing was answered.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a bad scale (not two numbers within ±2^53, lowest
 *   first, or one that does not hold the default `easyFrom`), an `easyFrom` off the scale or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#ces
 * @example
 * ```ts
 * const respondedAt = new Date('2025-01-06T10:00:00Z');
 * const result = ces([{ score: 7, respondedAt }, { score: 5, respondedAt }, { score: 3, respondedAt }]);
 * result.value
 * // => 5
 * result.easy.value
 * // => 0.6666666666666666
 * ```
 */
export function ces<Row = Pick<CesResponse, 'score'>>(responses: Iterable<Row>, options: CesOptions<Row> = {}): CesResult {
  return runMetric(cesMetric(options), responses);
}
