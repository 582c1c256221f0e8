import { describeValue } from '../errors/describe-value.js';
import { ServiceKitError } from '../errors/service-kit-error.js';

/**
 * Reads one field of a row. Every metric takes accessors as options, defaulting to the model's field
 * names, so it runs over any row shape (`csatMetric({ score: (row) => row.csatScore })`).
 *
 * @typeParam Row - The row type.
 * @typeParam Value - What the accessor returns.
 */
export type Accessor<Row, Value> = (row: Row) => Value;

/**
 * An instant as accessors may return it: a `Date`, epoch milliseconds, or nothing (`undefined` or
 * `null`: the event has not happened).
 */
export type InstantValue = Date | number | null | undefined;

/**
 * Epoch milliseconds of an {@link InstantValue}, without allocating: `NaN` when absent (`undefined`,
 * `null`) or an invalid `Date`.
 *
 * Anything else, such as a date string from an unparsed export, is an error rather than a row
 * quietly left out.
 *
 * @param value - A `Date`, epoch milliseconds, `undefined` or `null`.
 * @param field - The name of the field it was read from, for the error's message and path.
 * @returns The epoch milliseconds, or `NaN`.
 * @throws {@link errors!ServiceKitError} `INVALID_INPUT` (path `[field]`) for a value that is not a `Date`, a
 *   number, `undefined` or `null`.
 * @example
 * ```ts
 * instantToMs(new Date('2025-01-06T00:00:00Z'))
 * // => 1736121600000
 * Number.isNaN(instantToMs(undefined))
 * // => true
 * ```
 */
export function instantToMs(value: InstantValue, field?: string): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  if (value === undefined || value === null) return Number.NaN;
  throw new ServiceKitError('INVALID_INPUT', `${field ?? 'instant'} must be a Date (or epoch milliseconds); got ${describeValue(value)} (parse rows with parseInteractions or parseCustomers first)`, {
    path: field === undefined ? [] : [field],
  });
}
