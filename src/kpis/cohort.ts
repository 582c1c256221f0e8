import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Customer } from '../models/customer.js';
import { periodFirstDay, periodNumber, periodRule } from '../time/period-number.js';
import { localDayOf, MAX_DATE_MS, startOfLocalDay } from '../time/zone-offset.js';
import { type Accessor, type InstantValue, instantToMs } from './accessor.js';
import { type Metric, runMetric } from './metric.js';
import { instantOption, wholeNumberOption } from './option-checks.js';

/** The length of a cohort period. */
export type CohortInterval = 'day' | 'week' | 'month' | 'quarter';

/** Options for {@link cohortRetention} and {@link cohortRetentionMetric}. */
export interface CohortRetentionOptions<Row = Customer> {
  /** The cohort period; `'month'` by default. */
  interval?: CohortInterval;
  /** How many periods to follow each cohort for (columns, period 0 included), 1 to 1 000; 12 by default. */
  periods?: number;
  /** The end of the data: periods starting after it are `null`, customers acquired after it are left out. */
  asOf: Date;
  /** The IANA zone whose calendar defines the periods; `'UTC'` by default. */
  timeZone?: string;
  /** For weeks: the first day, 0 = Sunday … 6 = Saturday; 1 (Monday, ISO) by default. */
  weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** Reads `acquiredAt`. */
  acquiredAt?: Accessor<Row, InstantValue>;
  /** Reads `churnedAt`; `undefined` or `null` means still a customer. */
  churnedAt?: Accessor<Row, InstantValue>;
}

/** One acquisition cohort: the customers acquired in one period, and how many remained. */
export interface Cohort {
  /** The instant the cohort's period starts (local midnight in the time zone; at the earliest, the earliest `Date`). */
  readonly start: Date;
  /** Customers acquired in the period. */
  readonly size: number;
  /**
   * `active[k]`: cohort members not churned by the start of period k (`active[0] = size`); `null` for
   * periods starting after `asOf`.
   */
  readonly active: (number | null)[];
  /** `rates[k] = active[k] / size`; `null` for future periods and for an empty cohort. */
  readonly rates: (number | null)[];
}

/** A cohort retention matrix. */
export interface CohortRetentionResult {
  /** One cohort per period from the first acquisition to `asOf`, in time order. */
  readonly cohorts: Cohort[];
  /** Rows left out: no valid `acquiredAt` (absent, an invalid `Date`, or outside the range of a `Date`), or acquired after `asOf`. */
  readonly excluded: number;
}

/** The running state of {@link cohortRetentionMetric}: the instants, kept until `finish`. */
export interface CohortRetentionState {
  /** Acquisition instants (epoch ms) of the customers counted. */
  acquired: number[];
  /** Churn instants (epoch ms; NaN for none), aligned with `acquired`. */
  churned: number[];
  /** Rows left out (no usable value). */
  excluded: number;
}

/** The most cohorts (periods from the first acquisition to `asOf`) a matrix has: 27 years of days, 833 of months. */
const MAX_COHORTS = 10_000;

/** How many of the sorted `starts` are ≤ `value` (or < `value` when `strict`). */
function countBefore(starts: readonly number[], value: number, strict: boolean): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = starts[middle] as number;
    if (strict ? start < value : start <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The {@link Metric} behind {@link cohortRetention}.
 *
 * @param options - As for {@link cohortRetention}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} As {@link cohortRetention} does.
 * @example
 * ```ts
 * const metric = cohortRetentionMetric({ asOf: new Date('2025-03-15'), periods: 2 });
 * runMetric(metric, [{ acquiredAt: new Date('2025-03-02') }]).cohorts[0].active
 * // => [1, null]
 * ```
 */
export function cohortRetentionMetric<Row = Customer>(
  options: CohortRetentionOptions<Row>,
): Metric<Row, CohortRetentionState, CohortRetentionResult> {
  options = optionsObject(options);
  const asOf = instantOption(options.asOf, 'asOf');
  const { period: interval, timeZone, weekStartsOn } = periodRule(options.interval ?? 'month', options, 'interval');
  const periods = wholeNumberOption(options.periods ?? 12, 1, 'periods', 1000);
  type Fields = Partial<Customer>;
  const acquiredAt = functionOption(options.acquiredAt, 'acquiredAt') ?? ((row: Row) => (row as Fields).acquiredAt);
  const churnedAt = functionOption(options.churnedAt, 'churnedAt') ?? ((row: Row) => (row as Fields).churnedAt);

  const finish = (state: CohortRetentionState): CohortRetentionResult => {
    const { acquired, churned } = state;
    if (acquired.length === 0) return { cohorts: [], excluded: state.excluded };
    let first = Number.POSITIVE_INFINITY;
    for (const ms of acquired) if (ms < first) first = ms;
    // the periods (by number) of the first acquisition and of asOf, and their starts, then one more
    const numberOf = (ms: number) => periodNumber(localDayOf(timeZone, ms), interval, weekStartsOn);
    const base = numberOf(first);
    const cohortCount = numberOf(asOf) - base + 1;
    if (cohortCount > MAX_COHORTS) {
      throw new ServiceKitError('INVALID_OPTION', `asOf is ${cohortCount} ${interval}s after the first acquisition; at most ${MAX_COHORTS} cohorts`, { path: ['asOf'] });
    }
    const starts: number[] = [];
    for (let index = 0; index <= cohortCount; index++) starts.push(startOfLocalDay(timeZone, periodFirstDay(base + index, interval, weekStartsOn)));
    const sizes = new Array<number>(cohortCount).fill(0);
    // leaving[c][k]: members of cohort c whose last active period is k − 1
    const leaving = Array.from({ length: cohortCount }, () => new Array<number>(periods + 1).fill(0));
    for (let index = 0; index < acquired.length; index++) {
      const acquiredMs = acquired[index] as number;
      const cohort = countBefore(starts, acquiredMs, false) - 1;
      const churnedMs = churned[index] as number;
      // active in period k while its start is before the churn: k < (starts before churn) − cohort
      const lastExclusive = Number.isNaN(churnedMs) ? periods : Math.min(periods, Math.max(1, countBefore(starts, churnedMs, true) - cohort));
      sizes[cohort] = (sizes[cohort] as number) + 1;
      const row = leaving[cohort] as number[];
      row[lastExclusive] = (row[lastExclusive] as number) + 1;
    }
    const cohorts: Cohort[] = [];
    for (let cohort = 0; cohort < cohortCount; cohort++) {
      const size = sizes[cohort] as number;
      const row = leaving[cohort] as number[];
      const active: (number | null)[] = [];
      const rates: (number | null)[] = [];
      let remaining = size;
      for (let k = 0; k < periods; k++) {
        remaining -= row[k] as number;
        const started = cohort + k < cohortCount;
        active.push(started ? remaining : null);
        rates.push(started && size > 0 ? remaining / size : null);
      }
      cohorts.push({ start: new Date(Math.max(starts[cohort] as number, -MAX_DATE_MS)), size, active, rates });
    }
    return { cohorts, excluded: state.excluded };
  };

  return {
    init: () => ({ acquired: [], churned: [], excluded: 0 }),
    add(state, row) {
      const acquired = instantToMs(acquiredAt(row), 'acquiredAt');
      if (!(acquired >= -MAX_DATE_MS && acquired <= asOf)) {
        state.excluded++;
        return;
      }
      state.acquired.push(acquired);
      state.churned.push(instantToMs(churnedAt(row), 'churnedAt'));
    },
    merge(into, from) {
      for (let index = 0; index < from.acquired.length; index++) {
        into.acquired.push(from.acquired[index] as number);
        into.churned.push(from.churned[index] as number);
      }
      into.excluded += from.excluded;
    },
    finish,
  };
}

/**
 * Cohort retention: customers grouped by the period they were acquired in, and for each cohort how
 * many were still customers at the start of each following period.
 *
 * `active[k]` counts the cohort's customers not churned by the start of period k after acquisition
 * (`churnedAt` later than that start, or none), so `active[0] = size`; `rates[k] = active[k] / size`.
 * Periods are calendar days, weeks (`weekStartsOn`, Monday by default), months or quarters in
 * `timeZone`. Cohorts run in time order from the period of the first acquisition to the one
 * containing `asOf`, empty ones included (size 0, `null` rates); periods starting after `asOf` are
 * `null`.
 *
 * @param customers - Customers (or any rows, with accessors).
 * @param options - `asOf` (required), `interval` ('month'), `periods` (12), `timeZone` ('UTC'),
 *   `weekStartsOn` (1), `acquiredAt`, `churnedAt`.
 * @returns The cohorts and the number of rows left out; no cohorts for no customers.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a missing `asOf`, an unknown interval or time
 *   zone, `periods` below 1 or above 1 000, a bad `weekStartsOn` for weeks, or more than 10 000 cohorts from
 *   the first acquisition to `asOf` (path `['asOf']`: a typo in a year); `INVALID_INPUT` (path
 *   `[index, field]`) for an `acquiredAt` or `churnedAt` that is not a `Date` or epoch milliseconds, and as
 *   {@link runMetric} for the rows.
 * @see docs/guide/definitions.md#cohort-retention
 * @example
 * ```ts
 * const customers = [
 *   { id: 'a', acquiredAt: new Date('2025-01-05'), churnedAt: new Date('2025-02-20') },
 *   { id: 'b', acquiredAt: new Date('2025-01-20') },
 *   { id: 'c', acquiredAt: new Date('2025-03-03') },
 * ];
 * const { cohorts } = cohortRetention(customers, { asOf: new Date('2025-03-31'), periods: 3 });
 * cohorts.map((cohort) => cohort.active)
 * // => [[2, 2, 1], [0, 0, null], [1, null, null]]
 * cohorts[0].start
 * // => 2025-01-01T00:00:00.000Z
 * ```
 */
export function cohortRetention<Row = Customer>(customers: Iterable<Row>, options: CohortRetentionOptions<Row>): CohortRetentionResult {
  return runMetric(cohortRetentionMetric(options), customers);
}
