import { functionOption } from '../errors/function-option.js';
import { optionsObject } from '../errors/options-object.js';
import { ServiceKitError } from '../errors/service-kit-error.js';
import type { Customer } from '../models/customer.js';
import { MAX_DATE_MS } from '../time/zone-offset.js';
import { type Accessor, type InstantValue, instantToMs } from './accessor.js';
import { addCounts } from './add-counts.js';
import { type Metric, runMetric } from './metric.js';
import { instantOption } from './option-checks.js';

/** Options for {@link retention} and {@link retentionMetric}. */
export interface RetentionOptions<Row = Customer> {
  /** The start of the period. */
  start: Date;
  /** The end of the period; not before `start`. */
  end: Date;
  /** Reads `acquiredAt`. */
  acquiredAt?: Accessor<Row, InstantValue>;
  /** Reads `churnedAt`; `undefined` or `null` means still a customer. */
  churnedAt?: Accessor<Row, InstantValue>;
}

/** Customer retention over a period, with the counts behind it. */
export interface RetentionResult {
  /** The retention rate, as `rate`; `null` when no customer was active at the start. */
  readonly value: number | null;
  /** `(E − N) / S`; `null` when S is 0. */
  readonly rate: number | null;
  /** `lost / S`; `null` when S is 0. */
  readonly churnRate: number | null;
  /** S: customers active at `start`. */
  readonly startCount: number;
  /** E: customers active at `end`. */
  readonly endCount: number;
  /** N: customers acquired in (`start`, `end`]. */
  readonly newCount: number;
  /** Customers active at `start` who churned by `end`. */
  readonly lostCount: number;
  /** Rows without a valid `acquiredAt` (absent, an invalid `Date`, or outside the range of a `Date`). */
  readonly excluded: number;
}

/** The running state of {@link retentionMetric}. */
export interface RetentionState {
  /** Customers active at the start. */
  startCount: number;
  /** Customers active at the end. */
  endCount: number;
  /** Customers acquired in (start, end]. */
  newCount: number;
  /** Customers active at the start and churned by the end. */
  lostCount: number;
  /** Rows left out (no usable value). */
  excluded: number;
}

/**
 * The {@link Metric} behind {@link retention}.
 *
 * @param options - As for {@link retention}.
 * @returns The metric.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a missing or invalid `start` or `end`, or `end`
 *   before `start`.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 * @example
 * ```ts
 * const metric = retentionMetric({ start: new Date('2025-01-01'), end: new Date('2025-04-01') });
 * runMetric(metric, [{ acquiredAt: new Date('2024-06-01') }]).rate
 * // => 1
 * ```
 */
export function retentionMetric<Row = Customer>(options: RetentionOptions<Row>): Metric<Row, RetentionState, RetentionResult> {
  options = optionsObject(options);
  const start = instantOption(options.start, 'start');
  const end = instantOption(options.end, 'end');
  if (end < start) {
    throw new ServiceKitError('INVALID_OPTION', 'end is before start', { path: ['end'] });
  }
  type Fields = Partial<Customer>;
  const acquiredAt = functionOption(options.acquiredAt, 'acquiredAt') ?? ((row: Row) => (row as Fields).acquiredAt);
  const churnedAt = functionOption(options.churnedAt, 'churnedAt') ?? ((row: Row) => (row as Fields).churnedAt);
  return {
    init: () => ({ startCount: 0, endCount: 0, newCount: 0, lostCount: 0, excluded: 0 }),
    add(state, row) {
      const acquired = instantToMs(acquiredAt(row), 'acquiredAt');
      if (!(Math.abs(acquired) <= MAX_DATE_MS)) {
        state.excluded++;
        return;
      }
      const churnedValue = instantToMs(churnedAt(row), 'churnedAt');
      const churned = Number.isNaN(churnedValue) ? Number.POSITIVE_INFINITY : churnedValue;
      const activeAtStart = acquired <= start && churned > start;
      if (activeAtStart) state.startCount++;
      if (acquired <= end && churned > end) state.endCount++;
      if (acquired > start && acquired <= end) state.newCount++;
      if (activeAtStart && churned <= end) state.lostCount++;
    },
    merge: addCounts,
    finish(state) {
      const { startCount, endCount, newCount, lostCount, excluded } = state;
      const rate = startCount === 0 ? null : (endCount - newCount) / startCount;
      return { value: rate, rate, churnRate: startCount === 0 ? null : lostCount / startCount, startCount, endCount, newCount, lostCount, excluded };
    },
  };
}

/**
 * Customer retention rate over a period: `(E − N) / S`, with the churn rate `lost / S`.
 *
 * A customer is active at `t` when `acquiredAt ≤ t` and it has no `churnedAt` or `churnedAt > t`.
 * S = active at `start`, E = active at `end`, N = acquired in (`start`, `end`], lost = active at
 * `start` and churned by `end`. This is the classic formula; because N counts every new customer,
 * including those who churned again before `end`, the rate can fall below `1 − churnRate` (and, in
 * extreme cases, below 0).
 *
 * @param customers - Customers (or any rows, with accessors).
 * @param options - `start`, `end`, `acquiredAt`, `churnedAt`.
 * @returns The rates and counts; `value`, `rate` and `churnRate` are `null` when S is 0.
 * @throws {@link errors!ServiceKitError} `INVALID_OPTION` for a missing or invalid `start`/`end`, or `end`
 *   before `start`.
 *   Also `INVALID_OPTION` for options that are not an object or an accessor that is not a function.
 *   `INVALID_INPUT` as {@link runMetric} for the rows, and (path `[index, field]`) for an instant that is not a
 *   `Date` or epoch milliseconds.
 * @see docs/guide/definitions.md#retention
 * @example
 * ```ts
 * const customers = [
 *   { id: 'a', acquiredAt: new Date('2024-03-01') },
 *   { id: 'b', acquiredAt: new Date('2024-05-01'), churnedAt: new Date('2025-02-10') },
 *   { id: 'c', acquiredAt: new Date('2024-07-01') },
 *   { id: 'd', acquiredAt: new Date('2024-09-01') },
 *   { id: 'e', acquiredAt: new Date('2025-02-01') },
 * ];
 * const result = retention(customers, { start: new Date('2025-01-01'), end: new Date('2025-03-31') });
 * result.rate
 * // => 0.75
 * result.churnRate
 * // => 0.25
 * ```
 */
export function retention<Row = Customer>(customers: Iterable<Row>, options: RetentionOptions<Row>): RetentionResult {
  return runMetric(retentionMetric(options), customers);
}
