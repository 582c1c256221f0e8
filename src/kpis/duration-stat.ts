import { SampleBuffer } from '../stats/sample-buffer.js';
import type { BusinessCalendar } from '../time/calendar.js';
import type { KpiRate } from './kpi-rate.js';

/**
 * A duration KPI (handle time, first response time, resolution time, speed of answer): the mean and
 * exact median and 90th percentile (type 7) of the durations counted, in milliseconds.
 *
 * `value` is the mean (`meanMs`). All duration fields are `null` when nothing was counted.
 *
 * @example
 * ```ts
 * aht([])
 * // => { value: null, count: 0, excluded: 0, totalMs: 0, meanMs: null, medianMs: null, p90Ms: null, withinThreshold: null }
 * ```
 */
export interface DurationStat {
  /** The headline figure: the mean, as `meanMs`; `null` when nothing was counted. */
  readonly value: number | null;
  /** How many durations were counted. */
  readonly count: number;
  /** Rows seen but not counted (no data, or a negative duration). */
  readonly excluded: number;
  /** The sum of the counted durations. */
  readonly totalMs: number;
  /** The mean duration. */
  readonly meanMs: number | null;
  /** The median duration (type 7). */
  readonly medianMs: number | null;
  /** The 90th percentile (type 7). */
  readonly p90Ms: number | null;
  /**
   * With the `thresholdMs` option: the share of counted durations at or under the threshold (a duration
   * equal to the threshold is within); otherwise `null`.
   */
  readonly withinThreshold: KpiRate | null;
}

/** The options every duration KPI shares. */
export interface DurationStatOptions {
  /** Also report the share of durations at or under this many milliseconds (`withinThreshold`). */
  thresholdMs?: number;
  /** The confidence level of `withinThreshold`'s interval; 0.95 by default. */
  level?: number;
}

/** Options of a KPI measured from one instant to another. */
export interface ElapsedTimeOptions extends DurationStatOptions {
  /** Measure open time in this business calendar instead of elapsed calendar time. */
  calendar?: BusinessCalendar;
}

/**
 * The running state of a duration KPI (see {@link DurationStat}): counts, the total, and every
 * duration in a {@link SampleBuffer} for exact quantiles.
 *
 * @example
 * ```ts
 * const state = ahtMetric().init();
 * state.addDuration(60_000, Infinity);
 * state.count
 * // => 1
 * ```
 */
export class DurationState {
  /** Durations counted. */
  count = 0;
  /** Rows excluded. */
  excluded = 0;
  /** The sum of the counted durations. */
  totalMs = 0;
  /** Durations at or under the threshold. */
  within = 0;
  /** Every counted duration. */
  readonly sample = new SampleBuffer();

  /**
   * Counts one duration; anything that is not a number from 0 to `Number.MAX_SAFE_INTEGER`
   * (about 285 000 years) is excluded, so sums stay finite.
   *
   * @param ms - The duration.
   * @param thresholdMs - Durations at or under it count as within the threshold.
   */
  addDuration(ms: number, thresholdMs: number): void {
    if (typeof ms === 'number' && ms >= 0 && ms <= Number.MAX_SAFE_INTEGER) {
      this.count++;
      this.totalMs += ms;
      this.sample.push(ms);
      if (ms <= thresholdMs) this.within++;
    } else {
      this.excluded++;
    }
  }

  /**
   * Counts the durations `values[from]` to `values[to − 1]`, all valid (0 to
   * `Number.MAX_SAFE_INTEGER`), at once: what `addDuration` does for each, in the same order.
   *
   * @param values - The durations.
   * @param from - The first index.
   * @param to - One past the last index.
   * @param thresholdMs - As for `addDuration`.
   */
  addDurations(values: Float64Array, from: number, to: number, thresholdMs: number): void {
    let total = this.totalMs;
    let within = this.within;
    for (let index = from; index < to; index++) {
      const ms = values[index] as number;
      total += ms;
      if (ms <= thresholdMs) within++;
    }
    this.totalMs = total;
    this.within = within;
    this.count += to - from;
    this.sample.pushAll(values, from, to);
  }

  /**
   * Adds another state's counts and durations to this one.
   *
   * @param from - The state to add; not changed.
   */
  merge(from: DurationState): void {
    this.count += from.count;
    this.excluded += from.excluded;
    this.totalMs += from.totalMs;
    this.within += from.within;
    this.sample.append(from.sample);
  }
}
