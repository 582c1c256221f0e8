/**
 * The mean of survey scores (CSAT mean, CES), with how many scores it is over and how many rows were
 * left out (no score, or a score off the scale).
 *
 * @example
 * ```ts
 * csatMean([{ score: 5, respondedAt: new Date() }, { score: 4, respondedAt: new Date() }])
 * // => { value: 4.5, count: 2, excluded: 0 }
 * ```
 */
export interface MeanScore {
  /** The mean score; `null` when no score was counted. */
  readonly value: number | null;
  /** How many scores were counted. */
  readonly count: number;
  /** Rows seen but not counted. */
  readonly excluded: number;
}
