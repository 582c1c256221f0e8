import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import type { NpsResponse } from '../models/survey.js';
import { npsAdjustment, npsBounds } from '../stats/bounds.js';
import type { ConfidenceInterval, NpsIntervalMethod } from '../stats/interval.js';
import type { Accessor } from './accessor.js';
import { addCounts } from './add-counts.js';
import { type Metric, runMetric } from './metric.js';
import { criticalValueOption } from './option-checks.js';

/** Options for {@link nps} and {@link npsMetric}. */
export interface NpsOptions<Row = Pick<NpsResponse, 'score'>> {
  /** The interval method: `'adjusted-wald'` (default) or `'wald'`. */
  interval?: NpsIntervalMethod;
  /** The confidence level of the interval; 0.95 by default. */
  level?: number;
  /** Reads the 0–10 score; `row.score` by default. `undefined` or `null` means not answered. */
  score?: Accessor<Row, number | null | undefined>;
}

/** The Net Promoter Score with its counts and interval. */
export interface NpsResult {
  /** `100 × (promoters − detractors) / responses`, from −100 to 100; `null` with no responses. */
  readonly value: number | null;
  /** Responses scoring 9–10. */
  readonly promoters: number;
  /** Responses scoring 7–8 (below 9). */
  readonly passives: number;
  /** Responses scoring 0–6 (below 7). */
  readonly detractors: number;
  /** All counted responses: promoters + passives + detractors. */
  readonly responses: number;
  /** Rows seen but not counted (no score, or a score outside 0–10). */
  readonly excluded: number;
  /** The confidence interval in NPS points; `null` with no responses. */
  readonly interval: ConfidenceInterval | null;
}

/** The running state of {@link npsMetric}. */
export interface NpsState {
  /** Scores of 9–10. */
  promoters: number;
  /** Scores of 7–8. */
  passives: number;
  /** Scores of 0–6. */
  detractors: number;
  /** Rows left out (no usable value). */
  excluded: number;
}

const readScore = (row: { score?: number | null }) => row.score;

/**
 * The {@link Metric} behind {@link nps}.
 *
 * @param options - As for {@link nps}; `score` reads the score from any row shape.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown interval method or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * runMetric(npsMetric({ score: (row: { ltr: number }) => row.ltr }), [{ ltr: 10 }, { ltr: 9 }, { ltr: 2 }, { ltr: 8 }]).value
 * // => 25
 * ```
 */
export function npsMetric<Row = Pick<NpsResponse, 'score'>>(options: NpsOptions<Row> = {}): Metric<Row, NpsState, NpsResult> {
  options = optionsObject(options);
  const adjust = npsAdjustment(options.interval ?? 'adjusted-wald', 'interval');
  const { z, level } = criticalValueOption(options.level);
  const score = (functionOption(options.score, 'score') ?? readScore) as Accessor<Row, number | null | undefined>;
  return {
    init: () => ({ promoters: 0, passives: 0, detractors: 0, excluded: 0 }),
    add(state, row) {
      const value = score(row);
      if (typeof value !== 'number' || !(value >= 0 && value <= 10)) state.excluded++;
      else if (value >= 9) state.promoters++;
      else if (value >= 7) state.passives++;
      else state.detractors++;
    },
    merge: addCounts,
    finish(state) {
      const { promoters, passives, detractors, excluded } = state;
      const responses = promoters + passives + detractors;
      return {
        value: responses === 0 ? null : (100 * (promoters - detractors)) / responses,
        promoters,
        passives,
        detractors,
        responses,
        excluded,
        interval: npsBounds(state, adjust, z, level),
      };
    },
  };
}

/**
 * Net Promoter Score: the share of promoters (9–10) minus the share of detractors (0–6).
 *
 * `NPS = 100 × (promoters − detractors) / responses`, from −100 to 100. Passives (7–8) count in the
 * denominator only. The interval is 95 % adjusted Wald (Rocks 2016: ¾ added to promoters and to
 * detractors, 3 to the sample size) unless `interval: 'wald'`, in NPS points.
 *
 * @param responses - NPS responses with 0–10 scores (or any rows, with the `score` accessor).
 * @param options - `interval` (the method), `level`, `score`.
 * @returns The score with its counts and interval; `value` and `interval` are `null` when there are
 *   no responses.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for an unknown interval method or a level outside (0, 1).
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#nps
 * @example
 * ```ts
 * const respondedAt = new Date('2025-01-06T10:00:00Z');
 * nps([{ score: 10, respondedAt }, { score: 9, respondedAt }, { score: 3, respondedAt }]).value
 * // => 33.333333333333336
 * ```
 */
export function nps<Row = Pick<NpsResponse, 'score'>>(responses: Iterable<Row>, options: NpsOptions<Row> = {}): NpsResult {
  return runMetric(npsMetric(options), responses);
}
